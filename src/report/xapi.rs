//! xAPI statements (JSON) that a school's learning record store accepts: for each
//! story a child played, "experienced" when it started, "answered" for each
//! choice, "completed" at its ending. The actor is the profile's game name and
//! random id; the skills a choice gave evidence for travel in the context.
//!
//! Statement ids are derived from the session, so exporting the same data twice
//! (or from two copies of a folder) gives the same ids, and a record store that
//! already has a statement will not count it again.

use serde::Serialize;

use super::{ClassReport, time};
use crate::content::Content;
use crate::i18n::Localizer;
use crate::progress::{Profile, SessionRecord};

const VERB_EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// xAPI wants a web address as an account's home page; Kind Quest has none, so
/// this reserved `.invalid` name (RFC 2606) stands for "this device", and stable
/// URNs name the stories and skills.
const ACCOUNT_HOME: &str = "https://kind-quest.invalid/";
const ACTIVITY: &str = "urn:kind-quest:scenario:";
const SKILL_EXTENSION: &str = "urn:kind-quest:extension:skills";
const EVIDENCE_EXTENSION: &str = "urn:kind-quest:extension:evidence";
const RETRIED_EXTENSION: &str = "urn:kind-quest:extension:tried-another-way";
const CATEGORY: &str = "urn:kind-quest:dq-citizenship:";

#[derive(Serialize)]
pub struct Statement {
    id: String,
    actor: Actor,
    verb: Verb,
    object: Activity,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<XResult>,
    context: Context,
    timestamp: String,
}

#[derive(Serialize)]
struct Actor {
    #[serde(rename = "objectType")]
    object_type: &'static str,
    name: String,
    account: Account,
}

#[derive(Serialize)]
struct Account {
    #[serde(rename = "homePage")]
    home_page: &'static str,
    name: String,
}

#[derive(Serialize)]
struct Verb {
    id: &'static str,
    display: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct Activity {
    #[serde(rename = "objectType")]
    object_type: &'static str,
    id: String,
    definition: Definition,
}

#[derive(Serialize)]
struct Definition {
    name: serde_json::Map<String, serde_json::Value>,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct XResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    completion: Option<bool>,
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    extensions: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct Context {
    #[serde(rename = "contextActivities")]
    context_activities: ContextActivities,
    language: String,
    extensions: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct ContextActivities {
    category: Vec<CategoryActivity>,
}

#[derive(Serialize)]
struct CategoryActivity {
    #[serde(rename = "objectType")]
    object_type: &'static str,
    id: String,
}

fn lang_map(text: &str) -> serde_json::Map<String, serde_json::Value> {
    let mut m = serde_json::Map::new();
    m.insert("en-US".into(), text.into());
    m
}

fn verb(id: &'static str, word: &str) -> Verb {
    Verb {
        id,
        display: lang_map(word),
    }
}

/// All statements for every child in the report, oldest first per child.
pub fn statements(report: &ClassReport, content: &Content) -> Vec<Statement> {
    // Activity names in English, the reference language, as record stores expect.
    let l10n = Localizer::new(content);
    let mut out = Vec::new();
    for child in &report.children {
        for session in &child.profile.sessions {
            out.extend(session_statements(&child.profile, session, content, &l10n));
        }
    }
    out
}

/// The report as a JSON array of statements.
pub fn render(report: &ClassReport, content: &Content) -> String {
    serde_json::to_string_pretty(&statements(report, content)).unwrap_or_else(|_| "[]".into())
        + "\n"
}

fn session_statements(
    p: &Profile,
    s: &SessionRecord,
    content: &Content,
    l10n: &Localizer,
) -> Vec<Statement> {
    let scenario = content.scenario(&s.scenario);
    let title = scenario.map_or_else(|| s.scenario.clone(), |sc| l10n.text(&sc.title));
    let skills: Vec<String> = scenario.map(|sc| sc.skills.clone()).unwrap_or_default();
    let object = || Activity {
        object_type: "Activity",
        id: format!("{ACTIVITY}{}", s.scenario),
        definition: Definition {
            name: lang_map(&title),
            kind: "http://adlnet.gov/expapi/activities/simulation",
        },
    };
    let actor = || Actor {
        object_type: "Agent",
        name: p.nickname.clone(),
        account: Account {
            home_page: ACCOUNT_HOME,
            name: p.id.clone(),
        },
    };
    let context = |tags: &[String]| {
        let mut ext = serde_json::Map::new();
        ext.insert(SKILL_EXTENSION.into(), serde_json::json!(tags));
        Context {
            context_activities: ContextActivities {
                category: tags
                    .iter()
                    .map(|t| CategoryActivity {
                        object_type: "Activity",
                        id: format!("{CATEGORY}{t}"),
                    })
                    .collect(),
            },
            language: s.locale.clone(),
            extensions: ext,
        }
    };
    let mut out = vec![Statement {
        id: statement_id(&s.id, 0),
        actor: actor(),
        verb: verb(VERB_EXPERIENCED, "experienced"),
        object: object(),
        result: None,
        context: context(&skills),
        timestamp: time::timestamp(s.started),
    }];
    for (i, c) in s.choices.iter().enumerate() {
        let mut ext = serde_json::Map::new();
        ext.insert(EVIDENCE_EXTENSION.into(), serde_json::json!(c.evidence));
        ext.insert(RETRIED_EXTENSION.into(), c.retried.into());
        let tags: Vec<String> = c.evidence.keys().cloned().collect();
        out.push(Statement {
            id: statement_id(&s.id, i + 1),
            actor: actor(),
            verb: verb(VERB_ANSWERED, "answered"),
            object: Activity {
                object_type: "Activity",
                id: format!("{ACTIVITY}{}/{}", s.scenario, c.node),
                definition: Definition {
                    name: lang_map(&c.node),
                    kind: "http://adlnet.gov/expapi/activities/cmi.interaction",
                },
            },
            result: Some(XResult {
                response: Some(c.choice.clone()),
                completion: None,
                extensions: ext,
            }),
            context: context(&tags),
            // Choices are not timed (no child is rushed); they carry the story's start.
            timestamp: time::timestamp(s.started),
        });
    }
    if let (Some(ending), Some(at)) = (&s.ending, s.finished) {
        let mut ext = serde_json::Map::new();
        ext.insert(
            "urn:kind-quest:extension:ending".into(),
            ending.clone().into(),
        );
        out.push(Statement {
            id: statement_id(&s.id, s.choices.len() + 1),
            actor: actor(),
            verb: verb(VERB_COMPLETED, "completed"),
            object: object(),
            result: Some(XResult {
                response: None,
                completion: Some(true),
                extensions: ext,
            }),
            context: context(&skills),
            timestamp: time::timestamp(at),
        });
    }
    out
}

/// A UUID (version 8, "custom") made from the session id and the statement's
/// place in it: the same data always gives the same ids.
pub fn statement_id(session: &str, n: usize) -> String {
    let a = fnv1a(
        format!("kq:{session}:{n}").as_bytes(),
        0xcbf2_9ce4_8422_2325,
    );
    let b = fnv1a(
        format!("{n}:{session}:kq").as_bytes(),
        0x8422_2325_cbf2_9ce4,
    );
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_be_bytes());
    bytes[8..].copy_from_slice(&b.to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    let h: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

fn fnv1a(data: &[u8], seed: u64) -> u64 {
    let mut h = seed;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
