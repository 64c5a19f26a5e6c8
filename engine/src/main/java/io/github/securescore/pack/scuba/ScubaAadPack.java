package io.github.securescore.pack.scuba;

import io.github.securescore.pack.BaselinePack;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.Requirement;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CISA's Secure Cloud Business Applications (SCuBA) baseline for Microsoft Entra ID, pack id
 * {@code scuba-aad}: the sections' requirement lists joined and put in the baseline's order
 * (section, then policy number), so each section's list can live in its own class.
 */
public final class ScubaAadPack implements BaselinePack {

    public static final String ID = "scuba-aad";
    /** The baseline text this pack was written from: ScubaGear's aad.md at commit 0184ae4 (policies revised up to March 2025). */
    public static final String VERSION = "ScubaGear aad.md @0184ae4 (2025-03)";
    public static final URI SOURCE = URI.create(
            "https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/aad.md");

    private static final Pattern ID_PATTERN = Pattern.compile("MS\\.AAD\\.(\\d+)\\.(\\d+)v(\\d+)");

    /** Baseline order: MS.AAD.3.9v1 before MS.AAD.3.10v1; ids that are not MS.AAD.x.y last. */
    static final Comparator<Requirement> BASELINE_ORDER = Comparator.comparingLong(ScubaAadPack::position);

    @Override
    public Pack pack() {
        List<Requirement> requirements = new ArrayList<>(ScubaSections.requirements());
        // Sections 4 and 7 are helper P3's (branch h-pim); when it is merged, add:
        // Unfinished: requirements.addAll(ScubaLogging.requirements());
        // Unfinished: requirements.addAll(ScubaPrivilegedAccess.requirements());
        requirements.sort(BASELINE_ORDER);
        return new Pack(ID, "CISA SCuBA baseline for Microsoft Entra ID", VERSION, SOURCE, requirements);
    }

    private static long position(Requirement requirement) {
        Matcher m = ID_PATTERN.matcher(requirement.id());
        if (!m.matches()) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2)) * 1_000 + Long.parseLong(m.group(3));
    }
}
