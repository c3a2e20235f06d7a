package kg.tereze.certificates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.tereze.shared.InvalidInputException;

/**
 * A certificate body as a clerk or administrator writes it: plain text, paragraphs separated by an
 * empty line, {@code {{placeholders}}} for what comes from the register. Parsing checks every
 * placeholder exists, so a template that would print a hole is refused when it is saved.
 */
public final class CertificateTemplate {

	/** A paragraph: text and scalar placeholders, or a single block placeholder. */
	public sealed interface Paragraph {
	}

	/** Alternating literal text and placeholders. */
	public record Text(List<Object> parts) implements Paragraph {
	}

	public record Block(Placeholder placeholder) implements Paragraph {
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private final List<Paragraph> paragraphs;

	private CertificateTemplate(List<Paragraph> paragraphs) {
		this.paragraphs = paragraphs;
	}

	/** @param field the form field the text came from, named in the error */
	public static CertificateTemplate parse(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "certificates.certificate.template.empty");
		}
		if (text.length() > 8000) {
			throw new InvalidInputException(field, "certificates.certificate.template.tooLong", 8000);
		}
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String raw : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			String p = raw.strip();
			if (!p.isEmpty()) {
				paragraphs.add(paragraph(field, p));
			}
		}
		return new CertificateTemplate(List.copyOf(paragraphs));
	}

	private static Paragraph paragraph(String field, String text) {
		List<Object> parts = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(text);
		int at = 0;
		while (m.find()) {
			literal(field, text.substring(at, m.start()), parts);
			String key = m.group(1);
			Placeholder placeholder = Placeholder.byKey(key)
				.orElseThrow(() -> new InvalidInputException(field, "certificates.certificate.template.unknownPlaceholder", key));
			parts.add(placeholder);
			at = m.end();
		}
		literal(field, text.substring(at), parts);
		boolean hasBlock = parts.stream().anyMatch(p -> p instanceof Placeholder ph && ph.block());
		if (hasBlock) {
			if (parts.size() != 1) {
				Placeholder block = (Placeholder) parts.stream().filter(p -> p instanceof Placeholder ph && ph.block()).findFirst().get();
				throw new InvalidInputException(field, "certificates.certificate.template.blockAlone", block.key());
			}
			return new Block((Placeholder) parts.get(0));
		}
		return new Text(List.copyOf(parts));
	}

	private static void literal(String field, String text, List<Object> parts) {
		if (text.contains("{{") || text.contains("}}")) {
			throw new InvalidInputException(field, "certificates.certificate.template.braces");
		}
		if (!text.isEmpty()) {
			parts.add(text);
		}
	}

	public List<Paragraph> paragraphs() {
		return paragraphs;
	}

	public Set<Placeholder> placeholders() {
		Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
		for (Paragraph p : paragraphs) {
			if (p instanceof Block b) {
				used.add(b.placeholder());
			}
			else if (p instanceof Text t) {
				t.parts().stream().filter(Placeholder.class::isInstance).map(Placeholder.class::cast).forEach(used::add);
			}
		}
		return used;
	}
}
