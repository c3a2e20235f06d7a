package kg.tereze.certificates.web;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.certificates.internal.VerificationRateLimit;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.SigningKeys;
import kg.tereze.shared.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public side, no sign-in: anyone with the code (or the QR code) sees whether a certificate is
 * genuine and still valid, with the person's name partly hidden; and anyone can fetch the keys to check
 * signatures offline. A wrong code says only that it is wrong.
 */
@Controller
@RequestMapping("/verify")
class VerifyController {

	private final Certificates certificates;

	private final Municipalities municipalities;

	private final SigningKeys keys;

	private final VerificationRateLimit limit;

	VerifyController(Certificates certificates, Municipalities municipalities, SigningKeys keys,
			VerificationRateLimit limit) {
		this.certificates = certificates;
		this.municipalities = municipalities;
		this.keys = keys;
		this.limit = limit;
	}

	@GetMapping
	String form(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (code != null && !code.isBlank()) {
			return verify(code, request, response, model);
		}
		return "certificates/verify";
	}

	@GetMapping("/{code}")
	String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!limit.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			model.addAttribute("limited", true);
			return "certificates/verify";
		}
		Optional<IssuedCertificate> found = certificates.byVerificationCode(code);
		model.addAttribute("code", code);
		if (found.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("unknown", true);
			return "certificates/verify";
		}
		IssuedCertificate c = found.get();
		model.addAttribute("c", c);
		model.addAttribute("maskedName", NameMask.mask(c.personName()));
		model.addAttribute("municipality", municipalities.require(c.municipalityId()));
		return "certificates/verify";
	}

	/** Every municipality's public keys, for offline checks (see docs/API.md). */
	@GetMapping(path = "/keys", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<PublishedKey> keys() {
		return keys.published().stream().map(k -> PublishedKey.of(municipalities.require(k.municipalityId()), k)).toList();
	}

	@GetMapping(path = "/keys/{keyId}.pem")
	ResponseEntity<String> pem(@PathVariable String keyId) {
		return keys.find(keyId).map(k -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file")).body(k.pem()))
			.orElseThrow(() -> new NotFoundException("key"));
	}

	record PublishedKey(String keyId, String municipalityCode, String soateCode, String municipalityName,
			String algorithm, String publicKey, String pemUrl, String createdAt, String retiredAt) {

		static PublishedKey of(Municipality m, SigningKeys.PublicKey k) {
			return new PublishedKey(k.keyId(), m.code(), m.soateCode(), m.name().ru(), "Ed25519",
					Base64.getEncoder().encodeToString(k.encoded()), "/verify/keys/" + k.keyId() + ".pem",
					k.createdAt().toString(), k.retiredAt() == null ? null : k.retiredAt().toString());
		}
	}
}
