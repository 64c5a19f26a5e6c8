package io.github.securescore.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.securescore.controls.DirectoryRoles;
import io.github.securescore.snapshot.GraphResource;
import io.github.securescore.snapshot.TenantSnapshot;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * Writes a realistic tenant snapshot of any size in the snapshot format, streaming with a
 * Jackson generator so that a million users never sit in memory. The tenant: users (~97 %
 * enabled, ~5 % guests), registration details for every user (~70 % MFA registered, ~60 %
 * SSPR enabled), ~50 role assignments (one Global Administrator assignment through a
 * role-assignable group, an administrative-unit scope, readers, service principals),
 * 14 conditional access policies (admin MFA, legacy block for everyone but a ~1,000-member
 * group, risk policies on a ~100,000-member group, report-only and narrowed ones that do not
 * count), the members of every group they name, security defaults off, authorization policy,
 * domains and organization. Same seed, same bytes.
 */
public final class SnapshotGenerator {

    static final String TENANT_DOMAIN = "contoso.onmicrosoft.com";
    static final String READER_ROLE_GLOBAL = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
    static final String READER_ROLE_SECURITY = "5d6b6bb7-de71-4623-b4af-96380a352509";
    static final String DIRECTORY_READERS = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
    static final String PRIVILEGED_ROLE_ADMINISTRATOR = "e8611ab8-c189-46e8-94e1-60213ab1f814";
    static final String EXCHANGE_ADMINISTRATOR = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    static final String HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";

    // share of all users in the two big groups; salts keep their membership independent
    static final double LEGACY_EXCLUSION_SHARE = 0.001;
    static final double RISK_PILOT_SHARE = 0.10;
    private static final long LEGACY_EXCLUSION_SALT = 1;
    private static final long RISK_PILOT_SALT = 2;
    static final double ON_PREMISES_SHARE = 0.40;
    private static final long ON_PREMISES_SALT = 3;

    /**
     * What was written, counted while writing: the figures an evaluation of the file must reproduce.
     *
     * @param enabledMembers              users with accountEnabled true and userType Member
     * @param mfaRegisteredEnabledMembers of those, MFA registered
     * @param ssprEnabledMembers          of those, SSPR enabled
     * @param legacyExcludedEnabledMembers of those, in the group the legacy-authentication block excludes
     * @param riskPilotEnabledMembers     of those, in the group the risk policies include
     * @param admins                      enabled accounts holding an admin role, directly or through the group
     * @param breakGlassAdmins            of those, the emergency accounts the admin MFA policy excludes
     * @param administrativeUnitOnlyAdmins of those, admins only through administrative-unit-scoped roles,
     *                                     which conditional access role conditions do not target
     */
    public record Tenant(int users, int guests, int enabledMembers, int mfaRegisteredEnabledMembers,
                         int ssprEnabledMembers, int legacyExcludedEnabledMembers, int riskPilotEnabledMembers,
                         int admins, int breakGlassAdmins, int administrativeUnitOnlyAdmins, int roleAssignments,
                         int conditionalAccessPolicies, int groups, long bytes) {

        Tenant withBytes(long size) {
            return new Tenant(users, guests, enabledMembers, mfaRegisteredEnabledMembers, ssprEnabledMembers,
                    legacyExcludedEnabledMembers, riskPilotEnabledMembers, admins, breakGlassAdmins,
                    administrativeUnitOnlyAdmins, roleAssignments, conditionalAccessPolicies, groups, size);
        }
    }

    private final int users;
    private final long seed;
    private final SyntheticDirectory directory;
    private final JsonFactory factory = new JsonFactory();

    /** {@code SnapshotGenerator <file> [--users N] [--seed S]}: the {@code generate} benchmark command. */
    public static void main(String[] args) {
        System.exit(Benchmarks.run(CheckBenchmark.prepend("generate", args)));
    }

    public SnapshotGenerator(int users, long seed) {
        if (users < 100) {
            throw new IllegalArgumentException("at least 100 users, so that there are admins to pick; got " + users);
        }
        this.users = users;
        this.seed = seed;
        this.directory = new SyntheticDirectory(seed, TENANT_DOMAIN);
    }

    /** Writes the snapshot to {@code file} through a temporary file, so a stopped run leaves no half file. */
    public Tenant write(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Tenant tenant;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                tenant = write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return tenant.withBytes(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the snapshot to a stream (left open); {@link Tenant#bytes()} is -1 here. */
    public Tenant write(OutputStream out) throws IOException {
        Structure structure = new Structure();
        int[] counts = new int[7];
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", TenantSnapshot.FORMAT);
            json.writeStringField("capturedAt", "2026-11-21T10:00:00Z");
            json.writeStringField("tenantId", structure.tenantId);
            json.writeObjectFieldStart("resources");
            organization(json, structure);
            domains(json);
            usersCollection(json, counts);
            registrationDetails(json);
            roleDefinitions(json);
            roleAssignments(json, structure);
            conditionalAccessPolicies(json, structure);
            securityDefaults(json);
            authorizationPolicy(json);
            groups(json, structure);
            PimResources.write(json, structure.pimHolders());
            json.writeEndObject();
            json.writeEndObject();
        }
        return new Tenant(users, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                structure.admins(), structure.breakGlass.size(), structure.administrativeUnitOnlyAdmins(),
                structure.assignments.size(), structure.policyCount, structure.groupCount(), -1);
    }

    // ---- tenant structure: admins, groups, ids (small, drawn from a seeded Random) -----------

    /** One role assignment; {@code user} is the directory index of a user principal, else -1. */
    private record Assignment(String id, String roleTemplateId, String principalId, String principalType,
                              String principalName, String scope, int user) {
    }

    private final class Structure {
        final Random random = new Random(seed);
        final String tenantId = uuid();
        final String breakGlassGroup = uuid();
        final String tier0Group = uuid();
        final String legacyExclusionGroup = uuid();
        final String riskPilotGroup = uuid();
        final String nestedGroup = uuid();
        final String administrativeUnit = uuid();
        final List<Integer> breakGlass = new ArrayList<>();
        final List<Integer> tier0 = new ArrayList<>();
        final List<Assignment> assignments = new ArrayList<>();
        private final Set<Integer> picked = new LinkedHashSet<>();
        int policyCount;

        Structure() {
            breakGlass.add(pickUser(true));
            breakGlass.add(pickUser(true));
            for (int i = 0; i < 3; i++) {
                tier0.add(pickUser(true));
            }
            for (int user : breakGlass) {
                assign(DirectoryRoles.GLOBAL_ADMINISTRATOR, user, "/");
            }
            assign(DirectoryRoles.GLOBAL_ADMINISTRATOR, pickUser(false), "/");
            assignments.add(new Assignment(uuid(), DirectoryRoles.GLOBAL_ADMINISTRATOR, tier0Group, "group",
                    "Tier 0 administrators", "/", -1));
            // role template id -> how many holders
            String[] roles = {PRIVILEGED_ROLE_ADMINISTRATOR, "194ae4cb-b126-40b2-bd5b-6091b380977d",
                "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", EXCHANGE_ADMINISTRATOR, "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
                HELPDESK_ADMINISTRATOR, "c4e39bd9-1100-46d3-8c65-fb160da0071f", "b0f54661-2d74-4c50-afa3-1ec803f12efe",
                "fe930be7-5e62-47db-91af-98c3a49a38b1"};
            int[] holders = {2, 4, 2, 6, 5, 8, 4, 2, 5};
            for (int r = 0; r < roles.length; r++) {
                for (int n = 0; n < holders[r]; n++) {
                    // the first holder of each role also holds the previous one, as admins in real tenants do
                    Assignment previous = assignments.get(assignments.size() - 1);
                    int user = n == 0 && previous.user() >= 0 ? previous.user() : pickUser(false);
                    assign(roles[r], user, "/");
                }
            }
            assign(HELPDESK_ADMINISTRATOR, pickUser(false), "/administrativeUnits/" + administrativeUnit);
            for (int n = 0; n < 3; n++) {
                assign(READER_ROLE_GLOBAL, pickUser(false), "/");
            }
            for (int n = 0; n < 2; n++) {
                assign(READER_ROLE_SECURITY, pickUser(false), "/");
            }
            assignments.add(new Assignment(uuid(), EXCHANGE_ADMINISTRATOR, uuid(), "servicePrincipal",
                    "Mail migration app", "/", -1));
            assignments.add(new Assignment(uuid(), DIRECTORY_READERS, uuid(), "servicePrincipal",
                    "HR provisioning app", "/", -1));
        }

        /** A user not picked before; {@code enabledMember} for accounts that must be able to sign in. */
        private int pickUser(boolean enabledMember) {
            while (true) {
                int user = random.nextInt(users);
                boolean fits = !enabledMember || (directory.enabled(user) && !directory.guest(user));
                if (fits && picked.add(user)) {
                    return user;
                }
            }
        }

        private void assign(String role, int user, String scope) {
            assignments.add(new Assignment(uuid(), role, directory.id(user), "user", directory.displayName(user),
                    scope, user));
        }

        /** Distinct enabled accounts holding one of the admin roles. */
        int admins() {
            Set<Integer> admins = new LinkedHashSet<>();
            for (Assignment a : assignments) {
                if (a.user() >= 0 && DirectoryRoles.ADMIN_ROLES.containsKey(a.roleTemplateId())) {
                    admins.add(a.user());
                }
            }
            admins.addAll(tier0);
            return (int) admins.stream().filter(directory::enabled).count();
        }

        /**
         * Enabled admins whose every admin role is scoped to an administrative unit: admins, but
         * out of reach of conditional access role conditions, which apply to tenant-wide roles only.
         */
        int administrativeUnitOnlyAdmins() {
            Set<Integer> tenantWide = new LinkedHashSet<>(tier0);
            Set<Integer> scoped = new LinkedHashSet<>();
            for (Assignment a : assignments) {
                if (a.user() >= 0 && DirectoryRoles.ADMIN_ROLES.containsKey(a.roleTemplateId())) {
                    ("/".equals(a.scope()) ? tenantWide : scoped).add(a.user());
                }
            }
            scoped.removeAll(tenantWide);
            return (int) scoped.stream().filter(directory::enabled).count();
        }

        int groupCount() {
            return 4;
        }

        /** PIM's view of the assignments of highly privileged roles: the break-glass accounts were assigned directly. */
        List<PimResources.Holder> pimHolders() {
            List<PimResources.Holder> holders = new ArrayList<>();
            for (Assignment a : assignments) {
                if (PimResources.HIGHLY_PRIVILEGED.contains(a.roleTemplateId())) {
                    boolean direct = a.user() >= 0 && breakGlass.contains(a.user())
                            || "servicePrincipal".equals(a.principalType());
                    holders.add(new PimResources.Holder(a.id(), a.principalId(), a.principalType(), a.roleTemplateId(),
                            direct));
                }
            }
            return holders;
        }

        String uuid() {
            return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                    (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
        }
    }

    // ---- the resources, in the order a collection records them ------------------------------

    private static void organization(JsonGenerator json, Structure s) throws IOException {
        json.writeObjectFieldStart(GraphResource.ORGANIZATION.key());
        json.writeArrayFieldStart("value");
        json.writeStartObject();
        json.writeStringField("id", s.tenantId);
        json.writeStringField("displayName", "Contoso");
        json.writeStringField("countryLetterCode", "US");
        json.writeStringField("tenantType", "AAD");
        json.writeNullField("onPremisesSyncEnabled");
        json.writeNullField("onPremisesLastSyncDateTime");
        json.writeNullField("onPremisesLastPasswordSyncDateTime");
        json.writeStringField("createdDateTime", "2017-03-14T09:12:44Z");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void domains(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(GraphResource.DOMAINS.key());
        json.writeArrayFieldStart("value");
        domain(json, TENANT_DOMAIN, "Managed", true, false, Integer.MAX_VALUE);
        domain(json, "contoso.com", "Managed", true, true, null);
        domain(json, "eu.contoso.com", "Managed", false, false, null);
        domain(json, "partners.contoso.com", "Federated", true, false, 90);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void domain(JsonGenerator json, String name, String authentication, boolean root, boolean isDefault,
                               Integer validity) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", name);
        json.writeStringField("authenticationType", authentication);
        json.writeBooleanField("isVerified", true);
        json.writeBooleanField("isRoot", root);
        json.writeBooleanField("isDefault", isDefault);
        json.writeBooleanField("isInitial", name.equals(TENANT_DOMAIN));
        if (validity == null) {
            json.writeNullField("passwordValidityPeriodInDays");
        } else {
            json.writeNumberField("passwordValidityPeriodInDays", validity);
        }
        json.writeNumberField("passwordNotificationWindowInDays", 14);
        json.writeArrayFieldStart("supportedServices");
        json.writeString("Email");
        json.writeString("OfficeCommunicationsOnline");
        json.writeEndArray();
        json.writeEndObject();
    }

    private void usersCollection(JsonGenerator json, int[] counts) throws IOException {
        json.writeObjectFieldStart(GraphResource.USERS.key());
        json.writeStringField("@odata.context",
                "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName,accountEnabled,userType)");
        json.writeArrayFieldStart("value");
        IntPredicate legacyExclusion = legacyExclusion();
        IntPredicate riskPilot = riskPilot();
        for (int user = 0; user < users; user++) {
            boolean guest = directory.guest(user);
            boolean enabled = directory.enabled(user);
            json.writeStartObject();
            json.writeStringField("id", directory.id(user));
            json.writeStringField("displayName", directory.displayName(user));
            json.writeStringField("userPrincipalName", directory.userPrincipalName(user));
            json.writeBooleanField("accountEnabled", enabled);
            json.writeStringField("userType", guest ? "Guest" : "Member");
            // SCuBA MS.AAD.7.3v1: ~40 % of the members come from on-premises, with an immutable id
            boolean synced = !guest && directory.inSubset(user, ON_PREMISES_SALT, ON_PREMISES_SHARE);
            if (synced) {
                json.writeBooleanField("onPremisesSyncEnabled", true);
                json.writeStringField("onPremisesImmutableId", "b25wcmVt" + Integer.toString(user, 36));
            } else {
                json.writeNullField("onPremisesSyncEnabled");
                json.writeNullField("onPremisesImmutableId");
            }
            json.writeEndObject();
            if (guest) {
                counts[0]++;
            } else if (enabled) {
                counts[1]++;
                counts[2] += directory.mfaRegistered(user) ? 1 : 0;
                counts[3] += directory.ssprEnabled(user) ? 1 : 0;
                counts[4] += legacyExclusion.test(user) ? 1 : 0;
                counts[5] += riskPilot.test(user) ? 1 : 0;
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static final String[] METHODS = {"microsoftAuthenticatorPush", "softwareOneTimePasscode", "mobilePhone",
        "fido2SecurityKey"};

    private void registrationDetails(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(GraphResource.USER_REGISTRATION_DETAILS.key());
        json.writeStringField("@odata.context",
                "https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails");
        json.writeArrayFieldStart("value");
        // Graph lists registration details in its own order, not the users' order: a fixed
        // permutation keeps a reader from profiting from two lists in step
        long stride = strideCoprimeTo(users);
        for (int k = 0; k < users; k++) {
            int user = (int) ((k * stride + 7) % users);
            boolean mfa = directory.mfaRegistered(user);
            boolean sspr = directory.ssprEnabled(user);
            int methods = directory.methodCount(user);
            json.writeStartObject();
            json.writeStringField("id", directory.id(user));
            json.writeStringField("userPrincipalName", directory.userPrincipalName(user));
            json.writeStringField("userDisplayName", directory.displayName(user));
            json.writeStringField("userType", directory.guest(user) ? "guest" : "member");
            json.writeBooleanField("isAdmin", false);
            json.writeBooleanField("isSsprRegistered", sspr && mfa);
            json.writeBooleanField("isSsprEnabled", sspr);
            json.writeBooleanField("isSsprCapable", sspr && mfa);
            json.writeBooleanField("isMfaRegistered", mfa);
            json.writeBooleanField("isMfaCapable", mfa);
            json.writeBooleanField("isPasswordlessCapable", methods > 2);
            json.writeBooleanField("isSystemPreferredAuthenticationMethodEnabled", true);
            if (mfa) {
                json.writeStringField("userPreferredMethodForSecondaryAuthentication", "push");
            } else {
                json.writeNullField("userPreferredMethodForSecondaryAuthentication");
            }
            json.writeArrayFieldStart("systemPreferredAuthenticationMethods");
            if (mfa) {
                json.writeString("push");
            }
            json.writeEndArray();
            json.writeArrayFieldStart("methodsRegistered");
            for (int m = 0; m < methods; m++) {
                json.writeString(METHODS[m]);
            }
            json.writeEndArray();
            json.writeStringField("lastUpdatedDateTime", "2026-11-20T04:17:31Z");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A step near 0.618 n that visits every index of 0..n-1 once. */
    static long strideCoprimeTo(int n) {
        long stride = Math.max(1, (long) (n * 0.6180339887)) | 1;
        while (java.math.BigInteger.valueOf(stride).gcd(java.math.BigInteger.valueOf(n)).intValue() != 1) {
            stride += 2;
        }
        return stride;
    }

    private static final String[][] ROLE_DEFINITIONS = {
        {DirectoryRoles.GLOBAL_ADMINISTRATOR, "Global Administrator"},
        {PRIVILEGED_ROLE_ADMINISTRATOR, "Privileged Role Administrator"},
        {"194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"},
        {"b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator"},
        {EXCHANGE_ADMINISTRATOR, "Exchange Administrator"},
        {"f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"},
        {HELPDESK_ADMINISTRATOR, "Helpdesk Administrator"},
        {"c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator"},
        {"b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"},
        {"fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"},
        {READER_ROLE_GLOBAL, "Global Reader"},
        {READER_ROLE_SECURITY, "Security Reader"},
        {DIRECTORY_READERS, "Directory Readers"},
        {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"},
        {"158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator"},
        {"966707d0-3269-4727-9be2-8c3a10f19b9d", "Password Administrator"},
        {"a9ea8996-122f-4c74-9520-8edcd192826c", "Power BI Administrator"},
        {"69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"}};

    private static void roleDefinitions(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(GraphResource.ROLE_DEFINITIONS.key());
        json.writeArrayFieldStart("value");
        for (String[] role : ROLE_DEFINITIONS) {
            json.writeStartObject();
            json.writeStringField("id", role[0]);
            json.writeStringField("displayName", role[1]);
            json.writeStringField("description", "Built-in role: " + role[1] + ".");
            json.writeBooleanField("isBuiltIn", true);
            json.writeBooleanField("isEnabled", true);
            json.writeStringField("templateId", role[0]);
            json.writeStringField("version", "1");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void roleAssignments(JsonGenerator json, Structure s) throws IOException {
        json.writeObjectFieldStart(GraphResource.ROLE_ASSIGNMENTS.key());
        json.writeArrayFieldStart("value");
        for (Assignment a : s.assignments) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("principalId", a.principalId());
            json.writeStringField("roleDefinitionId", a.roleTemplateId());
            json.writeStringField("directoryScopeId", a.scope());
            json.writeObjectFieldStart("principal");
            json.writeStringField("@odata.type", "#microsoft.graph." + a.principalType());
            json.writeStringField("id", a.principalId());
            json.writeStringField("displayName", a.principalName());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static final List<String> ADMIN_ROLE_TEMPLATES = List.copyOf(DirectoryRoles.ADMIN_ROLES.keySet().stream()
            .sorted().toList());

    private static void conditionalAccessPolicies(JsonGenerator json, Structure s) throws IOException {
        json.writeObjectFieldStart(GraphResource.CONDITIONAL_ACCESS_POLICIES.key());
        json.writeArrayFieldStart("value");
        List<Policy> policies = List.of(
                new Policy("Require MFA for administrators", "enabled")
                        .roles(ADMIN_ROLE_TEMPLATES).excludeGroups(s.breakGlassGroup).grant("OR", "mfa"),
                new Policy("Block legacy authentication", "enabled")
                        .allUsers().excludeGroups(s.legacyExclusionGroup, s.breakGlassGroup)
                        .clientApps("exchangeActiveSync", "other").grant("OR", "block"),
                new Policy("High user risk: require password change", "enabled")
                        .groups(s.riskPilotGroup).userRisk("high").grant("AND", "mfa", "passwordChange"),
                new Policy("Risky sign-ins: require MFA", "enabled")
                        .groups(s.riskPilotGroup).signInRisk("high", "medium").grant("OR", "mfa"),
                new Policy("Require MFA for all users", "enabledForReportingButNotEnforced")
                        .allUsers().excludeGroups(s.breakGlassGroup).grant("OR", "mfa"),
                new Policy("Block legacy authentication (pilot)", "enabledForReportingButNotEnforced")
                        .groups(s.riskPilotGroup).clientApps("exchangeActiveSync", "other").grant("OR", "block"),
                new Policy("Phishing-resistant MFA for Global Administrators", "enabledForReportingButNotEnforced")
                        .roles(List.of(DirectoryRoles.GLOBAL_ADMINISTRATOR)).strength(),
                new Policy("Guests require MFA", "enabled").guests().grant("OR", "mfa"),
                new Policy("Block access outside trusted countries", "enabled")
                        .allUsers().excludeGroups(s.breakGlassGroup).locations().grant("OR", "block"),
                new Policy("Compliant device on mobile platforms", "enabled")
                        .allUsers().platforms().grant("OR", "compliantDevice", "approvedApplication"),
                new Policy("Require MFA for Azure management", "enabled")
                        .allUsers().apps("797f4846-ba00-4fd7-ba43-dac1f8f63013").grant("OR", "mfa"),
                new Policy("Terms of use for guests", "enabled").guests().termsOfUse(s.uuid()),
                new Policy("Sign-in frequency for unmanaged devices", "enabled").allUsers().sessionOnly(),
                new Policy("Legacy: require MFA for admins (replaced)", "disabled")
                        .roles(ADMIN_ROLE_TEMPLATES).grant("OR", "mfa"));
        for (Policy policy : policies) {
            policy.write(json, s.uuid());
        }
        s.policyCount = policies.size();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void securityDefaults(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(GraphResource.SECURITY_DEFAULTS.key());
        json.writeStringField("id", "00000000-0000-0000-0000-000000000005");
        json.writeStringField("displayName", "Security Defaults");
        json.writeStringField("description", "Security defaults is a set of basic identity security mechanisms.");
        json.writeBooleanField("isEnabled", false);
        json.writeEndObject();
    }

    private static void authorizationPolicy(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(GraphResource.AUTHORIZATION_POLICY.key());
        json.writeStringField("id", "authorizationPolicy");
        json.writeStringField("displayName", "Authorization Policy");
        json.writeStringField("allowInvitesFrom", "adminsAndGuestInviters");
        json.writeBooleanField("blockMsolPowerShell", true);
        json.writeStringField("guestUserRoleId", "10dae51f-b6af-4016-8d66-8c2a99b929b3");
        json.writeObjectFieldStart("defaultUserRolePermissions");
        json.writeBooleanField("allowedToCreateApps", false);
        json.writeBooleanField("allowedToCreateSecurityGroups", false);
        json.writeBooleanField("allowedToReadOtherUsers", true);
        json.writeArrayFieldStart("permissionGrantPoliciesAssigned");
        json.writeString("ManagePermissionGrantsForSelf.microsoft-user-default-low");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void groups(JsonGenerator json, Structure s) throws IOException {
        groupMembers(json, s.breakGlassGroup, user -> s.breakGlass.contains(user), null);
        groupMembers(json, s.tier0Group, user -> s.tier0.contains(user), null);
        groupMembers(json, s.legacyExclusionGroup, legacyExclusion(), s.nestedGroup);
        groupMembers(json, s.riskPilotGroup, riskPilot(), null);
    }

    private IntPredicate legacyExclusion() {
        return user -> directory.inSubset(user, LEGACY_EXCLUSION_SALT, LEGACY_EXCLUSION_SHARE);
    }

    private IntPredicate riskPilot() {
        return user -> directory.inSubset(user, RISK_PILOT_SALT, RISK_PILOT_SHARE);
    }

    /** Transitive members are users and, for nested groups, the nested group itself. */
    private void groupMembers(JsonGenerator json, String groupId, IntPredicate member, String nestedGroup)
            throws IOException {
        json.writeObjectFieldStart(GraphResource.groupMembersKey(groupId));
        json.writeArrayFieldStart("value");
        if (nestedGroup != null) {
            json.writeStartObject();
            json.writeStringField("@odata.type", "#microsoft.graph.group");
            json.writeStringField("id", nestedGroup);
            json.writeStringField("displayName", "Nested: shared mailbox owners");
            json.writeEndObject();
        }
        for (int user = 0; user < users; user++) {
            if (member.test(user)) {
                json.writeStartObject();
                json.writeStringField("@odata.type", "#microsoft.graph.user");
                json.writeStringField("id", directory.id(user));
                json.writeStringField("displayName", directory.displayName(user));
                json.writeStringField("userPrincipalName", directory.userPrincipalName(user));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A conditional access policy in Graph's shape, built fluently (small, so plain mutable state). */
    private static final class Policy {
        private final String name;
        private final String state;
        private List<String> includeUsers = List.of();
        private List<String> includeGroups = List.of();
        private List<String> excludeGroups = List.of();
        private List<String> includeRoles = List.of();
        private List<String> includeApplications = List.of("All");
        private List<String> clientAppTypes = List.of("all");
        private List<String> userRiskLevels = List.of();
        private List<String> signInRiskLevels = List.of();
        private boolean guests;
        private boolean locations;
        private boolean platforms;
        private String operator;
        private List<String> builtInControls = List.of();
        private List<String> termsOfUse = List.of();
        private boolean strength;
        private boolean session;

        Policy(String name, String state) {
            this.name = name;
            this.state = state;
        }

        Policy allUsers() {
            includeUsers = List.of("All");
            return this;
        }

        Policy guests() {
            guests = true;
            return this;
        }

        Policy groups(String... ids) {
            includeGroups = List.of(ids);
            return this;
        }

        Policy excludeGroups(String... ids) {
            excludeGroups = List.of(ids);
            return this;
        }

        Policy roles(List<String> templateIds) {
            includeRoles = templateIds;
            return this;
        }

        Policy apps(String... ids) {
            includeApplications = List.of(ids);
            return this;
        }

        Policy clientApps(String... types) {
            clientAppTypes = List.of(types);
            return this;
        }

        Policy userRisk(String... levels) {
            userRiskLevels = List.of(levels);
            return this;
        }

        Policy signInRisk(String... levels) {
            signInRiskLevels = List.of(levels);
            return this;
        }

        Policy locations() {
            locations = true;
            return this;
        }

        Policy platforms() {
            platforms = true;
            return this;
        }

        Policy grant(String operator, String... controls) {
            this.operator = operator;
            builtInControls = List.of(controls);
            return this;
        }

        Policy termsOfUse(String agreementId) {
            operator = "OR";
            termsOfUse = List.of(agreementId);
            return this;
        }

        Policy strength() {
            operator = "OR";
            strength = true;
            return this;
        }

        Policy sessionOnly() {
            session = true;
            return this;
        }

        void write(JsonGenerator json, String id) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeNullField("templateId");
            json.writeStringField("displayName", name);
            json.writeStringField("createdDateTime", "2024-02-01T12:00:00Z");
            json.writeStringField("modifiedDateTime", "2026-06-15T08:30:00Z");
            json.writeStringField("state", state);
            if (session) {
                json.writeObjectFieldStart("sessionControls");
                json.writeObjectFieldStart("signInFrequency");
                json.writeNumberField("value", 12);
                json.writeStringField("type", "hours");
                json.writeStringField("authenticationType", "primaryAndSecondaryAuthentication");
                json.writeStringField("frequencyInterval", "timeBased");
                json.writeBooleanField("isEnabled", true);
                json.writeEndObject();
                json.writeEndObject();
            } else {
                json.writeNullField("sessionControls");
            }
            json.writeObjectFieldStart("conditions");
            strings(json, "userRiskLevels", userRiskLevels);
            strings(json, "signInRiskLevels", signInRiskLevels);
            strings(json, "clientAppTypes", clientAppTypes);
            strings(json, "servicePrincipalRiskLevels", List.of());
            if (platforms) {
                json.writeObjectFieldStart("platforms");
                strings(json, "includePlatforms", List.of("android", "iOS"));
                strings(json, "excludePlatforms", List.of());
                json.writeEndObject();
            } else {
                json.writeNullField("platforms");
            }
            if (locations) {
                json.writeObjectFieldStart("locations");
                strings(json, "includeLocations", List.of("All"));
                strings(json, "excludeLocations", List.of("AllTrusted"));
                json.writeEndObject();
            } else {
                json.writeNullField("locations");
            }
            json.writeNullField("devices");
            json.writeNullField("clientApplications");
            json.writeObjectFieldStart("applications");
            strings(json, "includeApplications", includeApplications);
            strings(json, "excludeApplications", List.of());
            strings(json, "includeUserActions", List.of());
            strings(json, "includeAuthenticationContextClassReferences", List.of());
            json.writeNullField("applicationFilter");
            json.writeEndObject();
            json.writeObjectFieldStart("users");
            strings(json, "includeUsers", includeUsers);
            strings(json, "excludeUsers", List.of());
            strings(json, "includeGroups", includeGroups);
            strings(json, "excludeGroups", excludeGroups);
            strings(json, "includeRoles", includeRoles);
            strings(json, "excludeRoles", List.of());
            if (guests) {
                json.writeObjectFieldStart("includeGuestsOrExternalUsers");
                json.writeStringField("guestOrExternalUserTypes", "internalGuest,b2bCollaborationGuest");
                json.writeObjectFieldStart("externalTenants");
                json.writeStringField("@odata.type", "#microsoft.graph.conditionalAccessAllExternalTenants");
                json.writeStringField("membershipKind", "all");
                json.writeEndObject();
                json.writeEndObject();
            } else {
                json.writeNullField("includeGuestsOrExternalUsers");
            }
            json.writeNullField("excludeGuestsOrExternalUsers");
            json.writeEndObject();
            json.writeEndObject();
            if (session) {
                json.writeNullField("grantControls");
            } else {
                json.writeObjectFieldStart("grantControls");
                json.writeStringField("operator", operator);
                strings(json, "builtInControls", builtInControls);
                strings(json, "customAuthenticationFactors", List.of());
                strings(json, "termsOfUse", termsOfUse);
                if (strength) {
                    json.writeObjectFieldStart("authenticationStrength");
                    json.writeStringField("id", "00000000-0000-0000-0000-000000000004");
                    json.writeStringField("displayName", "Phishing-resistant MFA");
                    json.writeStringField("policyType", "builtIn");
                    json.writeStringField("requirementsSatisfied", "mfa");
                    json.writeEndObject();
                } else {
                    json.writeNullField("authenticationStrength");
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
            json.writeArrayFieldStart(field);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }
}
