package kg.tereze.appeals.internal;

import java.util.Map;

/** What the public page shows: open reports by category id, and the median hours to resolve with how many were resolved. */
public record PublicFigures(Map<Long, Long> openByCategory, Double medianHoursToResolve, long resolved) {
}
