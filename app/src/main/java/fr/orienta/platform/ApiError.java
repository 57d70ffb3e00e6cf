package fr.orienta.platform;

import java.util.List;

/** The body of every API error: the HTTP status, why in French, and details (one per problem). */
public record ApiError(int status, String message, List<String> details) {}
