package kg.tereze.billing;

/** Who took a reading: the desk (typed from a paper or a call), a controller's tablet, or the resident. */
public enum ReadingSource {
	DESK, TABLET, RESIDENT
}
