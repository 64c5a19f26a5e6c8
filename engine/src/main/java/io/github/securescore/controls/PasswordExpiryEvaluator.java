package io.github.securescore.controls;

import io.github.securescore.snapshot.Domain;
import io.github.securescore.snapshot.GraphResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PWAgePolicyNew: every verified, managed domain's passwords never expire. 2147483647 never
 * expires; null on a root domain never expires (Entra's default since 2021); null on a
 * subdomain inherits its root domain's value; any other number expires.
 */
public final class PasswordExpiryEvaluator implements ImprovementActionEvaluator {

    @Override
    public String controlName() {
        return "PWAgePolicyNew";
    }

    @Override
    public Evaluation evaluate(EvaluationContext context) {
        Optional<Evaluation> unavailable = context.unavailable(GraphResource.DOMAINS);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        List<Domain> domains = context.snapshot().domains();
        List<String> expiring = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long counted = 0;
        for (Domain domain : domains) {
            if (!domain.verified() || !domain.managed()) {
                continue;
            }
            counted++;
            Integer days = effectiveValidity(domain, domains);
            if (days != null && days != Domain.NEVER_EXPIRES) {
                expiring.add(domain.id() + " (" + days + " days)");
            }
            if (domain.passwordValidityPeriodInDays() == null && !Boolean.TRUE.equals(domain.isRoot())) {
                notes.add(domain.id() + " inherits its root domain's password expiry");
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("verified managed domains", counted);
        counts.put("domains whose passwords expire", (long) expiring.size());
        return Evaluation.binary(expiring.isEmpty(), new Evidence(counts, List.of(), expiring, notes));
    }

    /** The validity in days, following a subdomain's null to its root; null means never expires. */
    static Integer effectiveValidity(Domain domain, List<Domain> all) {
        Integer days = domain.passwordValidityPeriodInDays();
        if (days != null || Boolean.TRUE.equals(domain.isRoot()) || domain.id() == null) {
            return days;
        }
        Optional<Domain> root = rootOf(domain, all);
        return root.map(Domain::passwordValidityPeriodInDays).orElse(null);
    }

    /** The root domain a subdomain sits under: the longest root domain name it ends with. */
    private static Optional<Domain> rootOf(Domain subdomain, List<Domain> all) {
        String name = subdomain.id().toLowerCase(Locale.ROOT);
        Domain best = null;
        for (Domain candidate : all) {
            if (candidate == subdomain || candidate.id() == null || !Boolean.TRUE.equals(candidate.isRoot())) {
                continue;
            }
            String root = candidate.id().toLowerCase(Locale.ROOT);
            if (name.endsWith("." + root) && (best == null || root.length() > best.id().length())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
