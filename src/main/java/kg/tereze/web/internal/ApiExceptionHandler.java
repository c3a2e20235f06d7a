package kg.tereze.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API errors as RFC 9457 problem details, in the caller's language. Broken rules name the field
 * ({@code errors: [{field, message}]}); another municipality's record is simply "not found".
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message, locale);
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	/** Unreadable JSON: name the field Jackson stopped at, so the caller knows what to fix. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage("web.problem.unreadable", null, locale);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message, locale);
		fieldOf(e).ifPresent(field -> problem.setProperty("errors", List.of(Map.of("field", field, "message", message))));
		return ResponseEntity.badRequest().body(problem);
	}

	private static Optional<String> fieldOf(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				String path = jackson.getPath().stream()
					.map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
					.collect(Collectors.joining("."));
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, messages.getMessage("web.problem.notFound", null, locale), locale));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
		Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problem(HttpStatus.FORBIDDEN, messages.getMessage("web.problem.forbidden", null, locale), locale));
	}

	/** A unique key or reference hit by a concurrent request: the caller can retry. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
		log.info("Conflict: {}", e.getMostSpecificCause().getMessage());
		Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, messages.getMessage("web.problem.conflict", null, locale), locale));
	}

	private ProblemDetail problem(HttpStatus status, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("web.problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		return problem;
	}
}
