package kg.tereze.audit;

/** What happened. Views are recorded too: reading a person's data is an act someone answers for. */
public enum AuditAction {
	CREATE, UPDATE, DELETE, VIEW, EXPORT, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, LOCK
}
