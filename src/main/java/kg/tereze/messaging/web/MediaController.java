package kg.tereze.messaging.web;

import java.time.Duration;

import kg.tereze.messaging.MediaFiles;
import kg.tereze.messaging.StoredMedia;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A photo a resident sent, for staff of the municipality it was sent to. */
@RestController
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class MediaController {

	private final MediaFiles media;

	MediaController(MediaFiles media) {
		this.media = media;
	}

	@GetMapping("/messaging/media/{code}")
	ResponseEntity<byte[]> get(@PathVariable String code) {
		StoredMedia m = media.find(CurrentTenant.require().requireMunicipality(), code)
			.orElseThrow(() -> new NotFoundException("media"));
		MediaType type;
		try {
			type = MediaType.parseMediaType(m.mimeType());
		}
		catch (IllegalArgumentException e) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		// Only pictures are shown inline; anything else is downloaded, never rendered by the browser.
		boolean image = "image".equals(type.getType()) && !type.getSubtype().contains("svg");
		return ResponseEntity.ok().contentType(image ? type : MediaType.APPLICATION_OCTET_STREAM)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff").body(m.content());
	}
}
