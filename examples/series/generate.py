#!/usr/bin/env python3
"""Writes week-1.json .. week-8.json: one small cloud-only tenant over eight weeks, improving
(admin MFA policy, MFA registration, legacy-auth block, risk policies, consent, password expiry;
self-service password reset risk accepted in the portal for weeks 2-4)
and regressing (the admin MFA policy switched to report-only, a new unregistered hire, a break-glass
exclusion that grew). Re-run after changing it; the JSON files are committed so nobody needs Python."""
import json, datetime

TENANT = "7d3c1f0e-5a2b-4c8d-9e6f-0a1b2c3d4e5f"
GA = "62e90394-69f5-4237-9190-012177145e10"
EXCHANGE = "29232cdf-9323-42fd-ade2-1d097af3e4de"
USER_ADMIN = "fe930be7-5e62-47db-91af-98c3a49a38b1"
ADMIN_ROLES = [GA, EXCHANGE, USER_ADMIN, "194ae4cb-b126-40b2-bd5b-6091b380977d",
               "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "e8611ab8-c189-46e8-94e1-60213ab1f814"]

PEOPLE = ["alice", "bob", "carol", "dan", "erin", "frank", "grace", "heidi", "ivan", "judy"]


def uid(name):
    return "00000000-0000-0000-0000-%012d" % (PEOPLE.index(name) + 1 if name in PEOPLE else 99)


def user(name, enabled=True):
    return {"id": uid(name), "displayName": name.capitalize(), "userPrincipalName": name + "@fabrikam.example",
            "accountEnabled": enabled, "userType": "Member"}


def registration(name, mfa, sspr):
    return {"id": uid(name), "userPrincipalName": name + "@fabrikam.example", "userDisplayName": name.capitalize(),
            "userType": "member", "isMfaRegistered": mfa, "isSsprEnabled": sspr}


def policy(pid, name, state, users, grant, client_apps=None, user_risk=None, signin_risk=None):
    conditions = {"users": users, "applications": {"includeApplications": ["All"]},
                  "clientAppTypes": client_apps or ["all"]}
    if user_risk:
        conditions["userRiskLevels"] = user_risk
    if signin_risk:
        conditions["signInRiskLevels"] = signin_risk
    return {"id": pid, "displayName": name, "state": state, "conditions": conditions,
            "grantControls": {"operator": "OR", "builtInControls": grant}}


def sspr_profile(n):
    """Self-service password reset marked risk accepted (Reviewed) in the portal in weeks 2-4, reset to Default in week 5."""
    updates = []
    if n >= 2:
        updates.append({"state": "Reviewed", "comment": "SSPR waits for the helpdesk's identity proofing process",
                        "updatedBy": "erin@fabrikam.example", "updatedDateTime": "2026-09-14T08:00:00Z"})
    if n >= 5:
        updates.append({"state": "Default", "comment": "helpdesk process live", "updatedBy": "erin@fabrikam.example",
                        "updatedDateTime": "2026-10-05T08:00:00Z"})
    return {"id": "SelfServicePasswordReset", "title": "Enable self-service password reset", "controlCategory": "Identity",
            "maxScore": 1.0, "userImpact": "Low", "implementationCost": "Low", "deprecated": False,
            "controlStateUpdates": updates}


MAXIMA = {"AdminMFAV2": 10, "MFARegistrationV2": 9, "BlockLegacyAuthentication": 8, "PWAgePolicyNew": 8,
          "UserRiskPolicy": 7, "SigninRiskPolicy": 7, "IntegratedApps": 4, "RoleOverlap": 1, "OneAdmin": 1,
          "SelfServicePasswordReset": 1}

# Microsoft's points per identity action on each week's day, as its portal would have shown them (Microsoft's
# own figures, a day behind ours at times: they are not our evaluation)
MICROSOFT = {
    1: {"MFARegistrationV2": 2.7, "RoleOverlap": 1, "SelfServicePasswordReset": 0.2},
    2: {"AdminMFAV2": 10, "MFARegistrationV2": 2.7, "RoleOverlap": 1, "OneAdmin": 1},
    3: {"AdminMFAV2": 10, "MFARegistrationV2": 6.3, "PWAgePolicyNew": 8, "RoleOverlap": 1, "OneAdmin": 1},
    4: {"AdminMFAV2": 10, "MFARegistrationV2": 7.2, "BlockLegacyAuthentication": 7.2, "PWAgePolicyNew": 8,
        "RoleOverlap": 1, "OneAdmin": 1},
    5: {"AdminMFAV2": 10, "MFARegistrationV2": 9, "BlockLegacyAuthentication": 7.2, "PWAgePolicyNew": 8,
        "SigninRiskPolicy": 7, "IntegratedApps": 4, "RoleOverlap": 1, "OneAdmin": 1, "SelfServicePasswordReset": 1},
    6: {"MFARegistrationV2": 8.18, "BlockLegacyAuthentication": 7.27, "PWAgePolicyNew": 8, "SigninRiskPolicy": 7,
        "IntegratedApps": 4, "RoleOverlap": 1, "OneAdmin": 1, "SelfServicePasswordReset": 0.91},
    7: {"AdminMFAV2": 10, "MFARegistrationV2": 9, "BlockLegacyAuthentication": 7.27, "PWAgePolicyNew": 8,
        "UserRiskPolicy": 7, "SigninRiskPolicy": 7, "IntegratedApps": 4, "RoleOverlap": 1, "OneAdmin": 1,
        "SelfServicePasswordReset": 1},
    8: {"AdminMFAV2": 10, "MFARegistrationV2": 9, "BlockLegacyAuthentication": 5.82, "PWAgePolicyNew": 8,
        "UserRiskPolicy": 7, "SigninRiskPolicy": 7, "IntegratedApps": 4, "RoleOverlap": 1, "OneAdmin": 1,
        "SelfServicePasswordReset": 1},
}


def secure_score_day(day, n, back, current, maximum, users):
    """One day of security/secureScores in the shape live tenants send: additional data with numbers as strings,
    identity averages, a SeatSize basis. Before week 1 (back > 0) MFA registration and SSPR were lower."""
    points = dict(MICROSOFT[n])
    if back > 0:
        points["MFARegistrationV2"] = round(max(0.9, 2.7 - back * 0.02), 2)
        points["SelfServicePasswordReset"] = 0.1 if back > 45 else 0.2
    controls = []
    for name, top in MAXIMA.items():
        score = points.get(name, 0)
        controls.append({"controlCategory": "Identity", "controlName": name, "description": "Microsoft's " + name,
                         "score": score, "scoreInPercentage": "%.2f" % (score / top * 100),
                         "lastSynced": day.strftime("%Y-%m-%dT03:00:00Z"),
                         "implementationStatus": "%g of %g points" % (score, top),
                         "count": str(round(score)), "total": str(top), "on": "0"})
    controls.append({"controlCategory": "Apps", "controlName": "mcasFIPSCompliance", "description": "not identity",
                     "score": 0, "scoreInPercentage": "0.00", "lastSynced": day.strftime("%Y-%m-%dT03:00:00Z"),
                     "implementationStatus": None, "count": "0", "total": "0", "on": "0"})
    return {"id": TENANT + "_" + day.strftime("%Y-%m-%d"), "createdDateTime": day.strftime("%Y-%m-%dT00:00:00Z"),
            "currentScore": current, "maxScore": maximum, "activeUserCount": users, "licensedUserCount": users,
            "averageComparativeScores": [
                {"basis": "AllTenants", "averageScore": 148.2 + n, "identityScore": "%.2f" % (24.5 + n / 4),
                 "identityScoreMax": "56"},
                {"basis": "TotalSeats", "averageScore": 131.5 + n / 2, "seatSizeRangeLowerValue": "1",
                 "seatSizeRangeUpperValue": "50", "identityScore": "%.2f" % (21.0 + n / 4), "identityScoreMax": "56"}],
            "controlScores": controls}


def week(n):
    people = list(PEOPLE)
    if n >= 6:
        PEOPLE.append("mallory") if "mallory" not in PEOPLE else None
        people = list(PEOPLE)
    registered = {1: 3, 2: 3, 3: 7, 4: 8, 5: 10, 6: 10, 7: 11, 8: 11}[n]
    sspr = {1: 2, 2: 2, 3: 5, 4: 6, 5: 10, 6: 10, 7: 11, 8: 11}[n]
    users = [user(p) for p in people]
    regs = [registration(p, i < registered, i < sspr) for i, p in enumerate(people)]
    policies = []
    if n >= 2:
        state = "enabledForReportingButNotEnforced" if n == 6 else "enabled"
        policies.append(policy("ca-admin-mfa", "Require MFA for admins", state, {"includeRoles": ADMIN_ROLES}, ["mfa"]))
    if n >= 4:
        exclude = [uid("judy")] if n < 8 else [uid("judy"), uid("ivan"), uid("heidi")]
        policies.append(policy("ca-legacy", "Block legacy authentication", "enabled",
                               {"includeUsers": ["All"], "excludeUsers": exclude}, ["block"],
                               client_apps=["exchangeActiveSync", "other"]))
    if n >= 5:
        policies.append(policy("ca-signin-risk", "MFA on risky sign-ins", "enabled", {"includeUsers": ["All"]},
                               ["mfa"], signin_risk=["high", "medium"]))
    if n >= 7:
        policies.append(policy("ca-user-risk", "Password change for risky users", "enabled", {"includeUsers": ["All"]},
                               ["mfa", "passwordChange"], user_risk=["high"]))
        policies[-1]["grantControls"]["operator"] = "AND"
    assignments = [
        {"id": "ra-1", "principalId": uid("alice"), "roleDefinitionId": GA, "directoryScopeId": "/",
         "principal": {"@odata.type": "#microsoft.graph.user", "id": uid("alice")}},
        {"id": "ra-2", "principalId": uid("bob"), "roleDefinitionId": GA, "directoryScopeId": "/",
         "principal": {"@odata.type": "#microsoft.graph.user", "id": uid("bob")}},
        {"id": "ra-3", "principalId": uid("carol"), "roleDefinitionId": EXCHANGE, "directoryScopeId": "/",
         "principal": {"@odata.type": "#microsoft.graph.user", "id": uid("carol")}},
    ]
    if n == 1:
        assignments = assignments[:1] + assignments[2:]  # one Global Administrator only
    consent = ["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"] if n < 5 else \
        ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]
    captured = datetime.datetime(2026, 9, 7, 9, 0) + datetime.timedelta(weeks=n - 1)
    ms_max = 380.0
    ms_current = {1: 96, 2: 121, 3: 150, 4: 171, 5: 205, 6: 190, 7: 222, 8: 214}[n]
    snapshot = {
        "format": "identity-secure-score-snapshot/1",
        "capturedAt": captured.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tenantId": TENANT,
        "resources": {
            "organization": {"value": [{"id": TENANT, "displayName": "Fabrikam (example)", "onPremisesSyncEnabled": None}]},
            "domains": {"value": [{"id": "fabrikam.example", "authenticationType": "Managed", "isVerified": True,
                                   "isRoot": True, "isDefault": True,
                                   "passwordValidityPeriodInDays": 90 if n < 3 else 2147483647}]},
            "users": {"value": users},
            "reports/authenticationMethods/userRegistrationDetails": {"value": regs},
            "roleManagement/directory/roleDefinitions": {"value": [
                {"id": GA, "displayName": "Global Administrator", "templateId": GA, "isBuiltIn": True},
                {"id": EXCHANGE, "displayName": "Exchange Administrator", "templateId": EXCHANGE, "isBuiltIn": True}]},
            "roleManagement/directory/roleAssignments": {"value": assignments},
            "identity/conditionalAccess/policies": {"value": policies},
            "policies/identitySecurityDefaultsEnforcementPolicy": {"isEnabled": False},
            "policies/authorizationPolicy": {"id": "authorizationPolicy", "defaultUserRolePermissions": {
                "permissionGrantPoliciesAssigned": consent}},
            "directory/onPremisesSynchronization": {"value": []},
            "security/secureScoreControlProfiles": {"value": [sspr_profile(n)]},
            # week 1 is the first collection: Microsoft's 90 days (secureScores?$top=90), which its first run
            # backfills into the history; later weeks keep their own day only, to keep the files small
            "security/secureScores": {"value": [secure_score_day(captured.date() - datetime.timedelta(days=d), n, d,
                                                                 float(ms_current) - d * 0.5, ms_max, len(users))
                                                for d in range(90 if n == 1 else 1)]},
        },
    }
    with open("week-%d.json" % n, "w") as f:
        json.dump(snapshot, f, indent=2)
        f.write("\n")


for n in range(1, 9):
    week(n)
