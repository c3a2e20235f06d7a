package kg.tereze.messaging;

import java.time.Clock;
import java.util.Optional;

import kg.tereze.messaging.internal.MediaStore;
import kg.tereze.messaging.internal.MessagingSettings;
import kg.tereze.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/** The photos residents sent, for the municipality they were sent to. */
@Service
public class MediaFiles {

	private final MediaStore store;

	private final MessagingSettings settings;

	private final Clock clock;

	MediaFiles(MediaStore store, MessagingSettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Keeps a photo uploaded through a form, in the caller's transaction, and gives its code. The type is
	 * read from the file's first bytes (JPEG, PNG or WebP), never from the name or the browser's word.
	 */
	public String acceptPhoto(long municipalityId, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("photos", "messaging.media.error.type");
		}
		if (content.length > settings.maxMediaBytes()) {
			throw new InvalidInputException("photos", "messaging.media.error.size", settings.maxMediaBytes() / 1024 / 1024);
		}
		String type = imageType(content);
		if (type == null) {
			throw new InvalidInputException("photos", "messaging.media.error.type");
		}
		return store.store(municipalityId, type, content, clock.instant());
	}

	static String imageType(byte[] b) {
		if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	public Optional<StoredMedia> find(long municipalityId, String code) {
		return store.find(municipalityId, code);
	}
}
