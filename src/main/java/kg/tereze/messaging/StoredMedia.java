package kg.tereze.messaging;

/** A photo a resident sent, as stored. */
public record StoredMedia(String code, String mimeType, byte[] content) {
}
