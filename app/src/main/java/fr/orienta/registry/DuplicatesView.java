package fr.orienta.registry;

import fr.orienta.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The queue of possible duplicates: a coordinator merges two entries or keeps them apart. */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient DuplicateService duplicates;

  private List<DuplicatePair> pairs = List.of();

  @PostConstruct
  void init() {
    pairs = duplicates.openPairs();
  }

  public void merge(long pairId, long keptId) {
    decide(() -> duplicates.merge(pairId, keptId), "duplicates.merged");
  }

  public void separate(long pairId) {
    decide(() -> duplicates.separate(pairId), "duplicates.separated");
  }

  private void decide(Runnable decision, String done) {
    if (Messages.attempt(decision)) {
      Messages.info(done);
    }
    pairs = duplicates.openPairs();
  }

  public List<DuplicatePair> getPairs() {
    return pairs;
  }
}
