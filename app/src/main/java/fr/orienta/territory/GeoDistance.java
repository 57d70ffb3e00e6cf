package fr.orienta.territory;

/** Great-circle distance between two points on the Earth, as the crow flies. */
public final class GeoDistance {

  /** Mean Earth radius (IUGG), in km. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private GeoDistance() {}

  /** Haversine formula: stable for the short distances between neighbouring communes. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
