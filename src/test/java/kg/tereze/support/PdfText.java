package kg.tereze.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a PDF gives back: with poppler's pdftotext, as a person copying from the page would get it
 * (.ci/run installs it), or with PDFBox where pdftotext is missing.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] pdf) {
		try {
			if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
				Path file = Files.createTempFile("certificate", ".pdf");
				Files.write(file, pdf);
				Process p = new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
				String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				p.waitFor(30, TimeUnit.SECONDS);
				Files.delete(file);
				return text.replace('\u00a0', ' ');
			}
			try (PDDocument document = Loader.loadPDF(pdf)) {
				return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
