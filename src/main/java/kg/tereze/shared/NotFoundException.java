package kg.tereze.shared;

/**
 * Something does not exist for this tenant. Another municipality's record is reported the same way
 * as a missing one, so that its existence is not revealed.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what) {
		super(what + " not found");
		this.what = what;
	}

	public String what() {
		return what;
	}
}
