package kg.tereze.payments.internal;

/** The result codes of the OSMP/QIWI provider protocol that Tereze answers with. */
public enum OsmpResult {
	OK(0), TEMPORARY_ERROR(1), WRONG_ACCOUNT_FORMAT(4), ACCOUNT_NOT_FOUND(5), PAYMENT_NOT_ALLOWED(7),
	SUM_TOO_SMALL(241), SUM_TOO_LARGE(242), OTHER_ERROR(300);

	private final int code;

	OsmpResult(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
