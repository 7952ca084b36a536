package org.citeqa.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Who may change the corpus. */
@ConfigMapping(prefix = "citeqa.admin")
public interface AdminConfig {

    /**
     * The bearer token the write endpoints require (set it through the environment, CITEQA_ADMIN_TOKEN; it is never
     * logged). Unset or blank: the write endpoints are off and answer 403.
     */
    Optional<String> token();
}
