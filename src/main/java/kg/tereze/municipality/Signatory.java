package kg.tereze.municipality;

import java.time.Instant;

/** The person who signs a municipality's documents, with their position in Kyrgyz and Russian. */
public record Signatory(long id, long municipalityId, String fullName, String positionKy, String positionRu,
		Instant since, Instant until) {
}
