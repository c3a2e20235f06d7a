package kg.tereze.billing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.billing.Meter;
import kg.tereze.billing.Meters;
import kg.tereze.billing.NewMeter;
import kg.tereze.billing.Reading;
import kg.tereze.billing.ReadingSource;
import kg.tereze.billing.Readings;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Meters and their readings, for the desk, controllers' tablets and integrations. Values are m³. */
@RestController
@RequestMapping("/api/v1/billing/accounts/{number}/meters")
@Tag(name = "Meters", description = "Meters of an account and their readings (a reading is taken once per Idempotency-Key)")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class MetersApi {

	record MeterView(long id, String service, String number, LocalDate installedOn, BigDecimal initialValue,
			LocalDate verifiedUntil, LocalDate removedOn, BigDecimal lastValue, LocalDate lastReadOn) {

		static MeterView of(Meter m) {
			return new MeterView(m.id(), m.service().code(), m.number(), m.installedOn(), m.initialValue(), m.verifiedUntil(),
					m.removedOn(), m.last().value(), m.last().on());
		}
	}

	record ReadingView(long id, long meterId, LocalDate readOn, BigDecimal value, BigDecimal consumption, int days,
			ReadingSource source, boolean flagged, String takenBy, Instant createdAt) {

		static ReadingView of(Reading r) {
			return new ReadingView(r.id(), r.meterId(), r.readOn(), r.value(), r.consumption(), r.days(), r.source(),
					r.flagged(), r.takenBy(), r.createdAt());
		}
	}

	record InstallRequest(String service, String number, LocalDate installedOn, BigDecimal initialValue,
			LocalDate verifiedUntil) {
	}

	/** {@code next} null takes the meter out without a new one. */
	record ReplaceRequest(LocalDate removedOn, BigDecimal finalValue, NextMeter next) {
	}

	record NextMeter(String number, BigDecimal initialValue, LocalDate verifiedUntil) {
	}

	record ReadingRequest(LocalDate readOn, BigDecimal value, ReadingSource source) {
	}

	private final Accounts accounts;

	private final Meters meters;

	private final Readings readings;

	private final MessageSource messages;

	MetersApi(Accounts accounts, Meters meters, Readings readings, MessageSource messages) {
		this.accounts = accounts;
		this.meters = meters;
		this.readings = readings;
		this.messages = messages;
	}

	@GetMapping
	List<MeterView> list(@PathVariable String number) {
		Tenant t = CurrentTenant.require();
		return meters.of(t, accounts.require(t, number)).stream().map(MeterView::of).toList();
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	@Operation(summary = "Puts in a meter for a metered service the account takes")
	ResponseEntity<MeterView> install(@PathVariable String number, @RequestBody(required = false) InstallRequest r) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		InstallRequest req = r == null ? new InstallRequest(null, null, null, null, null) : r;
		Meter m = meters.install(t, a, req.service(),
				new NewMeter(req.number(), req.installedOn(), req.initialValue(), req.verifiedUntil()));
		return ResponseEntity.created(URI.create(base(a) + "/" + m.id())).body(MeterView.of(m));
	}

	@PostMapping("/{id}/replace")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	@Operation(summary = "Takes a meter out with its last reading and puts the next one in the same day")
	MeterView replace(@PathVariable String number, @PathVariable long id, @RequestBody(required = false) ReplaceRequest r) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		if (r == null || r.finalValue() == null) {
			throw new InvalidInputException("finalValue", "billing.error.readingValue");
		}
		NewMeter next = r.next() == null ? null
				: new NewMeter(r.next().number(), r.removedOn(), r.next().initialValue(), r.next().verifiedUntil());
		return MeterView.of(meters.replace(t, a, id, r.removedOn(), r.finalValue(), next));
	}

	@GetMapping("/{id}/readings")
	List<ReadingView> readings(@PathVariable String number, @PathVariable long id) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		return readings.of(t, a, meters.get(t, a, id), 500).stream().map(ReadingView::of).toList();
	}

	@PostMapping("/{id}/readings")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER')")
	@Operation(summary = "Takes a reading (201; the same Idempotency-Key again: 200 with the first; with other figures: 409)")
	ResponseEntity<?> read(@PathVariable String number, @PathVariable long id,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody(required = false) ReadingRequest r) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		ReadingRequest req = r == null ? new ReadingRequest(null, null, null) : r;
		Readings.Recorded recorded;
		try {
			recorded = readings.record(t, a, id, new Readings.Taken(req.readOn(), req.value(),
					req.source() == null ? ReadingSource.TABLET : req.source(), key));
		}
		catch (InvalidInputException e) {
			if (!"billing.error.keyReused".equals(e.messageKey())) {
				throw e;
			}
			String message = messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message));
		}
		ReadingView view = ReadingView.of(recorded.reading());
		return recorded.replayed() ? ResponseEntity.ok(view)
				: ResponseEntity.created(URI.create(base(a) + "/" + id + "/readings")).body(view);
	}

	private static String base(PayerAccount a) {
		return "/api/v1/billing/accounts/" + a.number().value() + "/meters";
	}
}
