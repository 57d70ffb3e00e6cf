package fr.orienta.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The bean of {@link PageErrorsIT}'s page: fails when it shows a page asked with {@code fail=1},
 * and whenever it saves, with a message naming a person, as an application's error may.
 */
@Named
@RequestScoped
public class FailingPage {

  static final String PERSON = "ZPAGEERREUR Théodore";

  public String getShown() {
    if ("1".equals(param("fail"))) {
      throw new IllegalStateException("Fiche illisible : " + PERSON);
    }
    return "prête";
  }

  public String save() {
    throw new IllegalArgumentException("Enregistrement refusé pour " + PERSON);
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }
}
