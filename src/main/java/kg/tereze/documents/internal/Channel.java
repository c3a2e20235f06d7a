package kg.tereze.documents.internal;

/** How a document came or went. */
public enum Channel {
	POST, HAND, EMAIL, EDOC, WHATSAPP, TELEGRAM, DESK
}
