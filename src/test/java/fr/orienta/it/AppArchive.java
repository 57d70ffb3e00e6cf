package fr.orienta.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application's own WAR as Arquillian deploys it beside the real one: the test web.xml (no
 * security constraints, so Arquillian's runner servlet is reachable), under a name of its own.
 */
final class AppArchive {

  private AppArchive() {}

  static WebArchive named(String warName) {
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, warName)
            .importFrom(new File(System.getProperty("orienta.app.war")))
            .as(WebArchive.class);
    war.delete("/WEB-INF/web.xml");
    war.addAsWebInfResource("arquillian/web.xml", "web.xml");
    return war;
  }
}
