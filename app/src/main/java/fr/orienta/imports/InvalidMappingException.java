package fr.orienta.imports;

import java.util.List;

/** A coordinator's column mapping was refused; each problem is a French sentence. */
public class InvalidMappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidMappingException(List<String> problems) {
    super("Correspondance des colonnes refusée : " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
