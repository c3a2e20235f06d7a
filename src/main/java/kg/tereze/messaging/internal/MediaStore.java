package kg.tereze.messaging.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import kg.tereze.messaging.StoredMedia;
import kg.tereze.shared.RandomCodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos residents sent, under random codes (a link never shows a database id). */
@Repository
public class MediaStore {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	MediaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String store(long municipalityId, String mimeType, byte[] content, Instant at) {
		String code = code();
		jdbc.sql("""
				insert into messaging_media (municipality_id, code, mime_type, size_bytes, content, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, code, mimeType, content.length, content, at.atOffset(ZoneOffset.UTC)).update();
		return code;
	}

	public Optional<StoredMedia> find(long municipalityId, String code) {
		return jdbc.sql("select code, mime_type, content from messaging_media where municipality_id = ? and code = ?")
			.params(municipalityId, code)
			.query((rs, n) -> new StoredMedia(rs.getString("code"), rs.getString("mime_type"), rs.getBytes("content")))
			.optional();
	}

	private static String code() {
		return RandomCodes.of(ALPHABET, 20);
	}
}
