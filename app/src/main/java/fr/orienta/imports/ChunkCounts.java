package fr.orienta.imports;

/** What one chunk of rows did, added to its job in the chunk's own transaction. */
public record ChunkCounts(
    long created, long updated, long unchanged, long duplicates, long rejected, long warnings) {

  public static final ChunkCounts NONE = new ChunkCounts(0, 0, 0, 0, 0, 0);

  public ChunkCounts plus(ChunkCounts other) {
    return new ChunkCounts(
        created + other.created,
        updated + other.updated,
        unchanged + other.unchanged,
        duplicates + other.duplicates,
        rejected + other.rejected,
        warnings + other.warnings);
  }
}
