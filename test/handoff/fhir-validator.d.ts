declare module '@asymmetrik/fhir-json-schema-validator' {
    /** Validates a FHIR R4 resource against the official JSON schema (ajv inside). */
    export default class JSONSchemaValidator {
        constructor(schema?: object, ajvSettings?: object);
        /** [] when valid, otherwise ajv errors (or messages for an unknown resourceType). */
        validate(resource: unknown, verbose?: boolean): unknown[];
    }
}
