package kg.tereze.messaging;

/** A messenger a municipality answers on. */
public enum ChannelKind {
	WHATSAPP, TELEGRAM
}
