package kg.tereze.payments.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kg.tereze.ledger.AccountNumber;
import kg.tereze.payments.internal.AgentPayments;
import kg.tereze.payments.internal.PaymentAgent;
import kg.tereze.payments.internal.AgentCredentials;
import kg.tereze.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments from banks and wallets with an integration of their own: JSON, the agent's HTTP Basic
 * credentials, and an {@code Idempotency-Key} that makes a repeated request answer the first payment.
 */
@RestController
@Tag(name = "Payments (banks and wallets)", description = "POST a payment with an Idempotency-Key; HTTP Basic per agent")
class PaymentsApi {

	record PaymentRequest(String account, String amount, OffsetDateTime paidAt) {
	}

	record PaymentView(long paymentId, String account, String amount) {
	}

	private final AgentCredentials credentials;

	private final AgentPayments payments;

	private final MessageSource messages;

	PaymentsApi(AgentCredentials credentials, AgentPayments payments, MessageSource messages) {
		this.credentials = credentials;
		this.payments = payments;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/payments", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "{\"account\": \"10000010\", \"amount\": \"150.00\", \"paidAt\": \"2026-11-24T10:15:00+06:00\"} "
			+ "→ 201, or 200 with the same payment for a repeated Idempotency-Key")
	ResponseEntity<?> pay(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody(required = false) PaymentRequest body, HttpServletRequest request, Locale locale) {
		AgentCredentials.Check check = credentials.authenticate(request.getHeader("Authorization"), request.getRemoteAddr());
		if (check.throttled()) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "payments.api.throttled", null, locale);
		}
		PaymentAgent agent = check.agent();
		if (agent == null) {
			return problem(HttpStatus.UNAUTHORIZED, "payments.api.unauthorized", null, locale);
		}
		if (!agent.allows(request.getRemoteAddr())) {
			return problem(HttpStatus.FORBIDDEN, "payments.api.address", null, locale);
		}
		PaymentRequest r = body == null ? new PaymentRequest(null, null, null) : body;
		LocalDateTime paidAt = r.paidAt() == null ? null
				: r.paidAt().atZoneSameInstant(Formats.BISHKEK).toLocalDateTime();
		AgentPayments.ApiPayment p = payments.payByApi(agent, key, r.account(), r.amount(), paidAt);
		if (p.reason() == null) {
			PaymentView view = new PaymentView(p.paymentId(), AccountNumber.parse(r.account()).value(),
					p.amount().toBigDecimal().toPlainString());
			return p.replayed() ? ResponseEntity.ok(view)
					: ResponseEntity.created(URI.create("/api/v1/payments/" + p.paymentId())).body(view);
		}
		HttpStatus status = switch (p.reason()) {
			case "accountNotFound" -> HttpStatus.NOT_FOUND;
			case "notAllowed" -> HttpStatus.UNPROCESSABLE_ENTITY;
			case "keyReused" -> HttpStatus.CONFLICT;
			case "retry" -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.BAD_REQUEST;
		};
		return problem(status, "payments.api." + p.reason(), p.field(), locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey, String field, Locale locale) {
		String message = messages.getMessage(messageKey, null, messageKey, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
		ResponseEntity.BodyBuilder reply = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			reply.header("Retry-After", "60");
		}
		if (status == HttpStatus.UNAUTHORIZED) {
			reply.header("WWW-Authenticate", "Basic realm=\"tereze-agents\"");
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			reply.header("Retry-After", "5");
		}
		return reply.body(problem);
	}
}
