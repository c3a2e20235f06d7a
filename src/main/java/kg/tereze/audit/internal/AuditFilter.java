package kg.tereze.audit.internal;

import java.time.LocalDate;
import java.util.List;

import kg.tereze.shared.Formats;

/**
 * What a person looks for in the trail. {@code municipalityId} comes from the signed-in user (null
 * only for a system administrator, who sees every chain).
 */
public record AuditFilter(Long municipalityId, boolean allMunicipalities, String actor, String action,
		String entityType, LocalDate from, LocalDate to, boolean ascending) {

	void appendTo(StringBuilder sql, List<Object> params) {
		if (!allMunicipalities) {
			sql.append(" and municipality_id = ?");
			params.add(municipalityId);
		}
		if (actor != null && !actor.isBlank()) {
			sql.append(" and actor = ?");
			params.add(actor.trim());
		}
		if (action != null && !action.isBlank()) {
			sql.append(" and action = ?");
			params.add(action);
		}
		if (entityType != null && !entityType.isBlank()) {
			sql.append(" and entity_type = ?");
			params.add(entityType.trim());
		}
		if (from != null) {
			sql.append(" and occurred_at >= ?");
			params.add(from.atStartOfDay(Formats.BISHKEK).toOffsetDateTime());
		}
		if (to != null) {
			sql.append(" and occurred_at < ?");
			params.add(to.plusDays(1).atStartOfDay(Formats.BISHKEK).toOffsetDateTime());
		}
	}
}
