package io.github.securescore.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Graph {@code unifiedRoleDefinition}. Built-in roles have {@code id == templateId}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleDefinition(String id, String displayName, String templateId, Boolean isBuiltIn) {

    /** The template id that identifies a built-in role in every tenant. */
    public String effectiveTemplateId() {
        return templateId == null || templateId.isBlank() ? id : templateId;
    }
}
