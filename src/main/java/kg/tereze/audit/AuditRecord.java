package kg.tereze.audit;

/**
 * One fact for the audit trail. {@code before} and {@code after} are any records or maps; they are
 * stored as JSON. {@code municipalityId} is null for system-wide facts.
 */
public record AuditRecord(AuditAction action, String entityType, String entityId, Long municipalityId, Object before,
		Object after) {

	public static AuditRecord created(String entityType, Object id, Long municipalityId, Object after) {
		return new AuditRecord(AuditAction.CREATE, entityType, String.valueOf(id), municipalityId, null, after);
	}

	public static AuditRecord updated(String entityType, Object id, Long municipalityId, Object before, Object after) {
		return new AuditRecord(AuditAction.UPDATE, entityType, String.valueOf(id), municipalityId, before, after);
	}

	public static AuditRecord viewed(String entityType, Object id, Long municipalityId) {
		return new AuditRecord(AuditAction.VIEW, entityType, String.valueOf(id), municipalityId, null, null);
	}
}
