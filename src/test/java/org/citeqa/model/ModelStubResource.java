package org.citeqa.model;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a {@link ModelStub} before Quarkus and points {@code citeqa.model.base-url} at it. */
public class ModelStubResource implements QuarkusTestResourceLifecycleManager {

    private ModelStub stub;

    @Override
    public void init(Map<String, String> initArgs) {
        stub = new ModelStub(ModelStub.Dialect.valueOf(initArgs.getOrDefault("dialect", "OPENAI")));
    }

    @Override
    public Map<String, String> start() {
        return Map.of("citeqa.model.base-url", stub.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(stub, new TestInjector.AnnotatedAndMatchesType(InjectModelStub.class, ModelStub.class));
    }

    @Override
    public void stop() {
        stub.stop();
    }
}
