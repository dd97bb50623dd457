package org.inspectra.rest.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.validation.Validation;
import javax.validation.ValidatorFactory;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.validation.JAXRSBeanValidationInInterceptor;
import org.apache.cxf.validation.BeanValidationProvider;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.inspectra.api.access.AccessLogService;
import org.inspectra.api.audit.AuditLog;
import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.authority.PathwayService;
import org.inspectra.api.concern.ConcernService;
import org.inspectra.api.context.AreaContextService;
import org.inspectra.api.request.InformationRequestService;
import org.inspectra.api.document.DocumentChecklistService;
import org.inspectra.api.enquiry.LineOfEnquiryService;
import org.inspectra.api.evidence.EvidenceService;
import org.inspectra.api.finding.FindingService;
import org.inspectra.api.judgement.JudgementService;
import org.inspectra.api.selection.SelectionService;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.registry.FrameworkAdministration;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.theme.ThemeRegistry;
import org.inspectra.api.report.ReportService;
import org.inspectra.api.report.ReportSummaryService;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.api.quality.DataQualityService;
import org.inspectra.api.retention.RetentionService;
import org.inspectra.api.session.SessionService;
import org.inspectra.rest.edge.ParameterFilter;
import org.inspectra.rest.http.EntityTagFilter;
import org.inspectra.rest.http.ResponseCompression;
import org.inspectra.rest.edge.UnknownPathResource;
import org.inspectra.rest.json.CollectionsByRuntimeType;
import org.inspectra.rest.json.JsonMapping;
import org.inspectra.rest.problem.ClientGoneFaults;
import org.inspectra.rest.problem.ConstraintViolationMapper;
import org.inspectra.rest.problem.InspectraExceptionMapper;
import org.inspectra.rest.problem.JsonExceptionMapper;
import org.inspectra.rest.problem.UnexpectedExceptionMapper;
import org.inspectra.rest.problem.WebApplicationExceptionMapper;
import org.inspectra.rest.resource.AccessLogResource;
import org.inspectra.rest.resource.AdminFrameworksResource;
import org.inspectra.rest.resource.ApiExplorerResource;
import org.inspectra.rest.resource.AdminRetentionResource;
import org.inspectra.rest.resource.DataQualityResource;
import org.inspectra.rest.resource.AreaContextResource;
import org.inspectra.rest.resource.AuditResource;
import org.inspectra.rest.resource.ChildListsResource;
import org.inspectra.rest.resource.ChildrenResource;
import org.inspectra.rest.resource.ConcernsResource;
import org.inspectra.rest.resource.CoverageResource;
import org.inspectra.rest.resource.DocumentsResource;
import org.inspectra.rest.resource.InformationRequestsResource;
import org.inspectra.rest.resource.EvidenceResource;
import org.inspectra.rest.resource.FindingsResource;
import org.inspectra.rest.resource.InspectionStatusResource;
import org.inspectra.rest.resource.JudgementsResource;
import org.inspectra.rest.resource.LinesOfEnquiryResource;
import org.inspectra.rest.resource.FrameworksResource;
import org.inspectra.rest.resource.HealthResource;
import org.inspectra.rest.resource.InspectionsResource;
import org.inspectra.rest.resource.LocalAuthoritiesResource;
import org.inspectra.rest.resource.SelectionsResource;
import org.inspectra.rest.resource.ReportResource;
import org.inspectra.rest.resource.ReportSummaryResource;
import org.inspectra.rest.resource.SessionResource;
import org.inspectra.rest.security.BasicAuthenticationFilter;
import org.inspectra.rest.security.Authenticator;
import org.inspectra.rest.security.CachingAuthenticator;
import org.inspectra.rest.security.CredentialCheck;
import org.inspectra.rest.security.JaasAuthenticator;
import org.inspectra.rest.security.RealmState;
import org.inspectra.rest.security.SignInThrottle;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.rest.metrics.ServerMetrics;
import org.inspectra.rest.resource.MetricsResource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Publishes the REST API v1 on CXF's servlet transport (mounted at {@code /api} by etc/org.apache.cxf.osgi.cfg), so
 * the API lives at {@code /api/v1}. The server comes up once every service it fronts is there and goes down with them.
 */
@Component(immediate = true, configurationPid = "org.inspectra.rest")
@Designate(ocd = RestServer.Config.class)
public final class RestServer {

    @ObjectClassDefinition(name = "Inspectra REST API")
    public @interface Config {
        @AttributeDefinition(description = "Address below CXF's servlet context")
        String address() default "/v1";

        @AttributeDefinition(description = "JAAS realm users authenticate against")
        String realm() default "karaf";

        @AttributeDefinition(description = "Failed sign-ins of one user name within the window before it is locked")
        int signInFailuresPerUser() default 5;

        @AttributeDefinition(description = "Failed sign-ins from one client address within the window before it "
                + "is locked")
        int signInFailuresPerAddress() default 20;

        @AttributeDefinition(description = "Minutes over which failed sign-ins are counted")
        int signInWindowMinutes() default 15;

        @AttributeDefinition(description = "Seconds of the first lock; each lock in a row doubles it")
        int signInFirstLockSeconds() default 30;

        @AttributeDefinition(description = "Minutes of the longest lock")
        int signInLongestLockMinutes() default 15;

        @AttributeDefinition(description = "Seconds a verified credential is remembered (0: a JAAS login on every "
                + "request); a change to the realm's configuration or files forgets them within a quarter second")
        int credentialCacheSeconds() default 30;
    }

    private final Server server;
    private final Server unknownPaths;
    private final ServerMetrics metrics = new ServerMetrics();
    private final ServiceListener deployments;
    private final BundleContext context;

    @Activate
    public RestServer(Config config, @Reference FrameworkRegistry frameworks, @Reference ThemeRegistry themes,
                      @Reference FrameworkAdministration administration, @Reference ChildDataService childData,
                      @Reference SelectionService selections,
                      @Reference LocalAuthorityService authorities, @Reference PathwayService pathways,
                      @Reference InspectionService inspections,
                      @Reference EvidenceService evidence, @Reference FindingService findings,
                      @Reference JudgementService judgements, @Reference AuditLog audit,
                      @Reference ConcernService concerns, @Reference InformationRequestService requests,
                      @Reference LineOfEnquiryService linesOfEnquiry, @Reference DocumentChecklistService documents,
                      @Reference ReportService reports, @Reference AreaContextService areaContext,
                      @Reference ReportSummaryService summary, @Reference DataQualityService quality,
                      @Reference AccessLogService accessLog, @Reference RetentionService retention,
                      @Reference SessionService sessions, @Reference AuditTrail auditTrail,
                      BundleContext context) {
        this.context = context;
        this.deployments = countDeployments(context, metrics);
        // The one credential check every way of signing in goes through (docs/security.md): the throttle first,
        // then the cache of verified credentials, then the realm.
        CredentialCheck credentials = new CredentialCheck(new CachingAuthenticator(
                new JaasAuthenticator(config.realm()), Duration.ofSeconds(config.credentialCacheSeconds()),
                new RealmState(config.realm())),
                new SignInThrottle(new SignInThrottle.Policy(config.signInFailuresPerUser(),
                        config.signInFailuresPerAddress(), Duration.ofMinutes(config.signInWindowMinutes()),
                        Duration.ofSeconds(config.signInFirstLockSeconds()),
                        Duration.ofMinutes(config.signInLongestLockMinutes())), Clock.systemUTC()),
                auditTrail, Clock.systemUTC());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // CXF and the validator look up extensions through the context class loader: use this bundle's.
        Thread.currentThread().setContextClassLoader(RestServer.class.getClassLoader());
        try {
            Bus bus = BusFactory.getDefaultBus(true);
            SystemClassPathLookups.install(bus);
            // One authenticator for HTTP Basic and signing in, so whatever guards it (throttling) guards both.
            Authenticator authenticator = credentials;
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(config.address());
            factory.setServiceBeans(List.of(
                    new HealthResource(frameworks),
                    new MetricsResource(metrics),
                    new ApiExplorerResource(),
                    new FrameworksResource(frameworks, themes),
                    new LocalAuthoritiesResource(authorities, pathways),
                    new InspectionsResource(inspections),
                    new InspectionStatusResource(inspections),
                    new EvidenceResource(evidence),
                    new CoverageResource(evidence),
                    new FindingsResource(findings),
                    new JudgementsResource(judgements),
                    new AuditResource(audit),
                    new ConcernsResource(concerns),
                    new InformationRequestsResource(requests),
                    new LinesOfEnquiryResource(linesOfEnquiry),
                    new DocumentsResource(documents),
                    new ChildListsResource(childData, metrics),
                    new ChildrenResource(childData),
                    new DataQualityResource(quality),
                    new AccessLogResource(accessLog),
                    new AdminRetentionResource(retention),
                    new SelectionsResource(selections),
                    new ReportResource(reports),
                    new AreaContextResource(areaContext),
                    new ReportSummaryResource(summary),
                    new AdminFrameworksResource(administration),
                    new SessionResource(authenticator, sessions)));
            factory.setProviders(List.of(
                    JsonMapping.provider(),
                    new CollectionsByRuntimeType(),
                    new BasicAuthenticationFilter(authenticator, sessions),
                    new ParameterFilter(),
                    metrics.requests(),
                    new EntityTagFilter(),
                    new ResponseCompression(),
                    new InspectraExceptionMapper(),
                    new WebApplicationExceptionMapper(),
                    new JsonExceptionMapper(),
                    new ConstraintViolationMapper(),
                    // Reading the framework registry reads the retired versions from the database.
                    new UnexpectedExceptionMapper(() -> {
                        frameworks.all();
                        return true;
                    })));
            JAXRSBeanValidationInInterceptor validation = new JAXRSBeanValidationInInterceptor();
            validation.setProvider(new BeanValidationProvider(validatorFactory()));
            factory.setInInterceptors(List.of(validation));
            factory.setFeatures(List.of(openApi()));
            factory.setProperties(Map.of("org.apache.cxf.propagate.exception", false,
                    FaultListener.class.getName(), new ClientGoneFaults()));
            server = factory.create();
            unknownPaths = unknownPaths(bus);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Deactivate
    void stop() {
        unknownPaths.destroy();
        server.destroy();
        context.removeServiceListener(deployments);
        metrics.close();
    }

    /**
     * Counts framework and theme versions as their services come and go, however they were deployed (at start, over
     * REST, from the shell, as a feature): the ones registered already count as deployed at start.
     */
    private static ServiceListener countDeployments(BundleContext context, ServerMetrics metrics) {
        String filter = "(|(objectClass=" + InspectionFramework.class.getName() + ")(objectClass="
                + DeepDiveTheme.class.getName() + "))";
        ServiceListener listener = event -> {
            boolean theme = isTheme(event.getServiceReference());
            if (event.getType() == ServiceEvent.REGISTERED) {
                metrics.registered(theme, true);
            } else if (event.getType() == ServiceEvent.UNREGISTERING) {
                metrics.registered(theme, false);
            }
        };
        try {
            // Listen first, then count what is there: a service registered in between counts at most once more.
            context.addServiceListener(listener, filter);
            ServiceReference<?>[] present = context.getAllServiceReferences(null, filter);
            for (ServiceReference<?> reference : present == null ? new ServiceReference<?>[0] : present) {
                metrics.registered(isTheme(reference), true);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return listener;
    }

    private static boolean isTheme(ServiceReference<?> reference) {
        return Arrays.asList((String[]) reference.getProperty(Constants.OBJECTCLASS))
                .contains(DeepDiveTheme.class.getName());
    }

    /** A 404 problem for whatever reaches CXF's servlet outside the API (CXF picks the longest matching address). */
    private static Server unknownPaths(Bus bus) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress("/");
        factory.setServiceBeans(List.of(new UnknownPathResource()));
        factory.setProperties(Map.of(FaultListener.class.getName(), new ClientGoneFaults()));
        factory.setProviders(List.of(JsonMapping.provider(), new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper()));
        return factory.create();
    }

    /** Hibernate Validator named directly, with a message interpolator that needs no EL inside OSGi. */
    private static ValidatorFactory validatorFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private static OpenApiFeature openApi() {
        OpenApiFeature openApi = new OpenApiFeature();
        openApi.setTitle("Inspectra REST API");
        openApi.setVersion("v1");
        openApi.setDescription("Inspections of English local authority children's services. HTTP Basic "
                + "authentication against the Karaf realm, or the browser session of POST /session; roles admin, lead-inspector, inspector, la-link. "
                + "Errors are application/problem+json (RFC 9457).");
        openApi.setSupportSwaggerUi(false);
        openApi.setScan(false);
        openApi.setPrettyPrint(true);
        openApi.setSecurityDefinitions(Map.of("basic", new io.swagger.v3.oas.models.security.SecurityScheme()
                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic"),
                // The browser application's session (POST /session); writes also need X-CSRF-Token.
                "session", new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.APIKEY)
                        .in(io.swagger.v3.oas.models.security.SecurityScheme.In.COOKIE)
                        .name(BasicAuthenticationFilter.SESSION_COOKIE)));
        return openApi;
    }
}
