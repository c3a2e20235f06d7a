package kg.tereze.certificates;

/** An exemption the applicant claims at the desk, with the number of the document they showed. */
public record FeeClaim(Exemption exemption, String document) {

	public static final FeeClaim NONE = new FeeClaim(null, null);
}
