package kg.tereze.payments.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import kg.tereze.payments.internal.AgentReconciliations;
import kg.tereze.payments.internal.Reconciliation;
import kg.tereze.payments.internal.ReconciliationItem;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Agent reconciliations for scripts: upload a day's statement, read the findings. */
@RestController
@RequestMapping("/api/v1/payments/reconciliations")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class ReconciliationApi {

	record ItemView(String kind, Integer row, String txnId, String account, String fileAmount, String ourAmount,
			String ourAccount, String txnDate, String reason) {

		static ItemView of(ReconciliationItem i) {
			return new ItemView(i.kind().name(), i.rowNo(), i.txnId(), i.account(),
					i.fileAmount() == null ? null : i.fileAmount().toBigDecimal().toPlainString(),
					i.ourAmount() == null ? null : i.ourAmount().toBigDecimal().toPlainString(), i.ourAccount(),
					i.txnDate() == null ? null : i.txnDate().toString(), i.reason());
		}
	}

	record Detail(Reconciliation reconciliation, boolean clean, List<ItemView> items) {
	}

	private final AgentReconciliations reconciliations;

	ReconciliationApi(AgentReconciliations reconciliations) {
		this.reconciliations = reconciliations;
	}

	@PostMapping(consumes = "multipart/form-data")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD')")
	ResponseEntity<Detail> reconcile(@RequestParam(required = false) String agent, @RequestParam(required = false) String day,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		LocalDate d;
		try {
			d = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("day", "payments.reconcile.error.day");
		}
		Reconciliation r = reconciliations.reconcile(CurrentTenant.require(), agent, d,
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/payments/reconciliations/" + r.id())).body(detail(r));
	}

	@GetMapping
	ResultPage<Reconciliation> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return reconciliations.list(CurrentTenant.require(), ResultPage.safePage(page), ResultPage.safeSize(size));
	}

	@GetMapping("/{id}")
	Detail get(@PathVariable long id) {
		return detail(reconciliations.get(CurrentTenant.require(), id));
	}

	private Detail detail(Reconciliation r) {
		return new Detail(r, r.clean(), reconciliations.items(r).stream().map(ItemView::of).toList());
	}
}
