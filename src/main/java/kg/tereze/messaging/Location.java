package kg.tereze.messaging;

/** A place a resident shared: coordinates and, when the messenger gives one, a name or address. */
public record Location(double latitude, double longitude, String label) {

	/** A box around Kyrgyzstan: a point outside it is not a place the municipality can go to. */
	public boolean inKyrgyzstan() {
		return latitude >= 39.1 && latitude <= 43.3 && longitude >= 69.2 && longitude <= 80.3;
	}
}
