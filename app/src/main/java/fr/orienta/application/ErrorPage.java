package fr.orienta.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The error page's incident number, for the user to give the administrator. */
@Named
@RequestScoped
public class ErrorPage {

  public String getIncident() {
    return PageErrors.incidentOf(FacesContext.getCurrentInstance());
  }
}
