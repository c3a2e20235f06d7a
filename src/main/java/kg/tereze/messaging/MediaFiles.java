package kg.tereze.messaging;

import java.util.Optional;

import kg.tereze.messaging.internal.MediaStore;

import org.springframework.stereotype.Service;

/** The photos residents sent, for the municipality they were sent to. */
@Service
public class MediaFiles {

	private final MediaStore store;

	MediaFiles(MediaStore store) {
		this.store = store;
	}

	public Optional<StoredMedia> find(long municipalityId, String code) {
		return store.find(municipalityId, code);
	}
}
