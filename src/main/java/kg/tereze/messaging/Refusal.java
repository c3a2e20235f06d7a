package kg.tereze.messaging;

/** Why part of a message was not taken; the resident is told in the same channel. */
public enum Refusal {
	/** A photo over the size limit: not downloaded. */
	MEDIA_TOO_LARGE,
	/** A photo the messenger would not hand over, after every retry. */
	MEDIA_UNAVAILABLE,
	/** A shared location outside Kyrgyzstan. */
	LOCATION_OUTSIDE,
	/** A text over 4,000 characters. */
	TEXT_TOO_LONG
}
