package kg.tereze.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kg.tereze.billing.Basis;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.Meter;
import kg.tereze.billing.Meters;
import kg.tereze.billing.internal.Subscription;
import kg.tereze.billing.internal.Subscriptions;
import kg.tereze.billing.UtilityService;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The account's services and meters page, shown as is or again with a refused form's error. */
@Component
class AccountPage {

	private final Accounts accounts;

	private final Subscriptions subscriptions;

	private final Meters meters;

	private final Catalog catalog;

	private final Clock clock;

	AccountPage(Accounts accounts, Subscriptions subscriptions, Meters meters, Catalog catalog, Clock clock) {
		this.accounts = accounts;
		this.subscriptions = subscriptions;
		this.meters = meters;
		this.catalog = catalog;
		this.clock = clock;
	}

	String show(String number, Model model) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		List<Subscription> subs = subscriptions.of(t, a);
		List<UtilityService> services = catalog.services(t, a.bookId());
		model.addAttribute("account", a);
		model.addAttribute("subscriptions", subs);
		model.addAttribute("services", services);
		model.addAttribute("registered", subscriptions.registeredPersons(t, a));
		List<Meter> installed = meters.of(t, a);
		model.addAttribute("meters", installed);
		// a meter goes in for a metered service the account takes and has no meter in place for
		model.addAttribute("meteredServices", subs.stream().map(Subscription::service)
			.filter(s -> s.basis() == Basis.PER_M3)
			.filter(s -> installed.stream().noneMatch(m -> m.inPlace() && m.service().id() == s.id()))
			.distinct().toList());
		model.addAttribute("metered", subs.stream().anyMatch(s -> s.service().basis() == Basis.PER_M3));
		model.addAttribute("today", today);
		model.addAttribute("thisMonth", java.time.YearMonth.from(today));
		// one key per form shown: a reading sent twice by a double click is stored once
		model.addAttribute("formKey", UUID.randomUUID().toString());
		if (!model.containsAttribute("typed")) {
			Map<String, String> typed = new HashMap<>();
			typed.put("startsOn", today.withDayOfMonth(1).plusMonths(1).toString());
			typed.put("endsOn", today.withDayOfMonth(1).plusMonths(1).toString());
			model.addAttribute("typed", typed);
		}
		return "billing/account";
	}
}
