package kg.tereze.shared;

/**
 * Input that breaks a rule. Carries the field and a message-bundle key so that the reason is shown
 * in the user's language; nothing has been changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public InvalidInputException(String field, String messageKey, Object... args) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
