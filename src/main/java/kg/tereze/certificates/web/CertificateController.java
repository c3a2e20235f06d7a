package kg.tereze.certificates.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.certificates.internal.CertificatePdf;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.QrCodes;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One issued certificate: what it says, its PDF, its QR code, and its annulment. */
@Controller
@RequestMapping("/certificates/{number:[A-Z]{2,8}-\\d{4}-\\d{6}}")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'AUDITOR')")
class CertificateController {

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final AuditTrail audit;

	private final MessageSource messages;

	CertificateController(Certificates certificates, CertificatePdf pdf, AuditTrail audit, MessageSource messages) {
		this.certificates = certificates;
		this.pdf = pdf;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String number, Model model) {
		IssuedCertificate c = certificates.find(CurrentTenant.require(), number);
		model.addAttribute("c", c);
		model.addAttribute("qr", QrCodes.dataUri(pdf.qrText(c)));
		model.addAttribute("verificationLink", pdf.verificationLink(c));
		return "certificates/certificate";
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(defaultValue = "false") boolean download) {
		IssuedCertificate c = certificates.find(CurrentTenant.require(), number);
		audit.record(AuditRecord.viewed("certificate_pdf", c.number(), c.municipalityId()));
		return pdfResponse(c, pdf.render(c), download);
	}

	static ResponseEntity<byte[]> pdfResponse(IssuedCertificate c, byte[] bytes, boolean download) {
		return PdfReply.of(bytes, c.number() + ".pdf", download);
	}

	@PostMapping("/annul")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String annul(@PathVariable String number, @RequestParam(required = false) String reason, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			certificates.annul(CurrentTenant.require(), number, reason);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("reason", reason);
			response.setStatus(400);
			return show(number, model);
		}
		redirect.addFlashAttribute("notice", "certificates.certificate.annulled");
		return "redirect:/certificates/" + number;
	}
}
