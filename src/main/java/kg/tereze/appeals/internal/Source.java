package kg.tereze.appeals.internal;

/** Where a report came from; residents hear back on WhatsApp and Telegram. */
public enum Source {
	WHATSAPP, TELEGRAM, WEB, OPEN311, DESK
}
