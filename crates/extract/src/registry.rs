//! The entities of one extraction: the gazetteer's, plus names found by the rules in [`names`]
//! (crate::names) while reading. A discovered name gets a stable id from its name, and the same
//! name (folded) always maps to the same entity; abbreviations defined in brackets become aliases.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use pmap_graph::EntityType;

use crate::fold::fold;
use crate::gazetteer::{Gazetteer, KnownEntity};
use crate::Lang;

/// Names of entities (folded): the gazetteer's, shared by every extraction, and those an
/// extraction adds. Cloning a registry for an extraction copies only what it added.
#[derive(Clone)]
struct Names {
    base: Arc<HashMap<String, usize>>,
    added: HashMap<String, usize>,
}

impl Names {
    fn get(&self, key: &str) -> Option<&usize> {
        self.added.get(key).or_else(|| self.base.get(key))
    }

    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn insert(&mut self, key: String, entity: usize) {
        self.added.insert(key, entity);
    }
}

#[derive(Clone)]
pub struct Registry {
    /// Shared entities: an extraction copies one only when it changes it (an alias added).
    entities: Vec<Arc<KnownEntity>>,
    /// Per entity: the last words of its longer English names, the nouns a definite description
    /// may use for it ("the laboratory"); the gazetteer's shared, then those of added entities.
    base_heads: Arc<Vec<Vec<String>>>,
    heads: Vec<Vec<String>>,
    by_name: Names,
    /// The names of entities other than places (folded), for matching a name's variants: the
    /// world's places are most of the gazetteer and never need it.
    base_others: Arc<Vec<(String, usize)>>,
    others: Vec<(String, usize)>,
    /// The gazetteer's names of entities other than places by their meaningful words, sorted
    /// (for "the same words in another order").
    base_signatures: Arc<HashMap<Vec<String>, Vec<usize>>>,
    base_ids: Arc<HashSet<String>>,
    ids: HashSet<String>,
    abbreviations: HashMap<String, usize>,
    /// Units named after their parent organisation ("UNIDO Regional Hub" → UNIDO).
    parents: HashMap<usize, usize>,
    /// Chinese short names defined by an article ("以下简称“为能智联”"), folded.
    short_names: Vec<(String, usize)>,
    /// Entities named in the article being read (for wordings that only hold within one).
    in_article: HashSet<usize>,
}

impl Registry {
    /// Starts with the gazetteer's entities, at the same indices.
    pub fn new(gazetteer: &Gazetteer) -> Registry {
        let entities: Vec<Arc<KnownEntity>> =
            gazetteer.entities().iter().cloned().map(Arc::new).collect();
        let mut by_name = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            for name in e.en.iter().chain(&e.zh).chain(&e.aliases) {
                by_name.entry(fold(name)).or_insert(i);
            }
        }
        let heads = entities.iter().map(|e| head_nouns(e)).collect();
        let mut others: Vec<(String, usize)> = by_name
            .iter()
            .filter(|(_, &i)| entities[i].kind != EntityType::Place)
            .map(|(name, &i)| (name.clone(), i))
            .collect();
        others.sort();
        let organization = |w: &str| {
            by_name
                .get(w)
                .is_some_and(|&i| entities[i].kind == EntityType::Organization)
        };
        let mut signatures: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
        for (name, i) in &others {
            let words = own_words(name, &organization);
            if words.len() >= 2 {
                signatures.entry(words).or_default().push(*i);
            }
        }
        let ids = entities.iter().map(|e| e.id.clone()).collect();
        Registry {
            entities,
            base_heads: Arc::new(heads),
            heads: Vec::new(),
            by_name: Names {
                base: Arc::new(by_name),
                added: HashMap::new(),
            },
            base_others: Arc::new(others),
            others: Vec::new(),
            base_signatures: Arc::new(signatures),
            base_ids: Arc::new(ids),
            ids: HashSet::new(),
            abbreviations: HashMap::new(),
            parents: HashMap::new(),
            short_names: Vec::new(),
            in_article: HashSet::new(),
        }
    }

    pub fn entities(&self) -> &[Arc<KnownEntity>] {
        &self.entities
    }

    /// Entity `i`, to change.
    fn entity_mut(&mut self, i: usize) -> &mut KnownEntity {
        Arc::make_mut(&mut self.entities[i])
    }

    /// The nouns a definite description may use for entity `i` ("the laboratory").
    pub fn heads_of(&self, i: usize) -> &[String] {
        let base = self.base_heads.len();
        if i < base {
            &self.base_heads[i]
        } else {
            self.heads.get(i - base).map_or(&[], Vec::as_slice)
        }
    }

    /// Names of entities other than places, with their entities.
    fn other_names(&self) -> impl Iterator<Item = &(String, usize)> {
        self.base_others.iter().chain(&self.others)
    }

    /// The one company found while reading whose name opens with `brand` (folded, two words or
    /// more) and ends in a legal form: "jade river" → "Jade River Precision Manufacturing
    /// (Suzhou) Co., Ltd.".
    pub fn company_by_brand(&self, brand: &str) -> Option<usize> {
        if brand.split(' ').count() < 2 {
            return None;
        }
        let mut found = self.others.iter().filter(|(name, i)| {
            self.entities[*i].kind == EntityType::Organization
                && name.len() > brand.len()
                && name.starts_with(brand)
                && name[brand.len()..].starts_with(' ')
                && self.entities[*i]
                    .en
                    .as_deref()
                    .and_then(|en| en.split_whitespace().last())
                    .is_some_and(crate::names::is_company_form)
        });
        let (_, first) = found.next()?;
        found.all(|(_, i)| i == first).then_some(*first)
    }

    /// A new article begins: names that only reword one of its own entities start afresh.
    pub fn begin_article(&mut self) {
        self.in_article.clear();
    }

    /// The entity named `name`, created as `kind` if it is new.
    pub fn intern(&mut self, name: &str, kind: EntityType, lang: Lang) -> usize {
        let i = self.intern_any(name, kind, lang);
        self.in_article.insert(i);
        i
    }

    fn intern_any(&mut self, name: &str, kind: EntityType, lang: Lang) -> usize {
        let key = fold(name);
        if let Some(&i) = self.by_name.get(&key) {
            return i;
        }
        if let Some(i) = self
            .same_words(&key, kind)
            .or_else(|| self.shortened(&key, kind))
            .or_else(|| self.tail(&key, kind))
            .or_else(|| self.contained(&key, kind))
            .or_else(|| self.initialism(&key, kind))
            .or_else(|| self.chinese_abbreviation(&key, kind))
            .or_else(|| self.office_or_centre(&key, kind))
            .or_else(|| self.seated(&key, kind))
            .or_else(|| self.stationed(&key, kind))
        {
            if self.abbreviates(&key, i) {
                // "金砖创新基地" and "金砖国家新工业革命伙伴关系创新基地": both are its names.
                self.alias(name, i);
                return i;
            }
            if kind != EntityType::Organization && kind != EntityType::Person {
                // Both wordings are searchable names of the one document or event.
                self.alias(name, i);
            } else {
                self.name(key, i);
            }
            return i;
        }
        let mut id = slug(name);
        if self.ids.contains(&id) || self.base_ids.contains(&id) {
            id = format!("{id}-{}", self.entities.len());
        }
        self.ids.insert(id.clone());
        let (en, zh) = match lang {
            Lang::En => (Some(name.to_string()), None),
            Lang::Zh => (None, Some(name.to_string())),
        };
        // "Müller said", "沃尔默表示": the last part of a Latin or transliterated name.
        let surname = match lang {
            _ if kind != EntityType::Person => None,
            Lang::En => name.split_whitespace().last().map(str::to_string),
            Lang::Zh => name
                .contains('·')
                .then(|| name.rsplit('·').next().map(str::to_string))
                .flatten()
                .filter(|s| s.chars().count() >= 2),
        };
        let entity = KnownEntity {
            id,
            kind,
            en,
            zh,
            aliases: vec![],
            surname,
            featured: false,
        };
        self.heads.push(head_nouns(&entity));
        self.entities.push(Arc::new(entity));
        let i = self.entities.len() - 1;
        // "Halvorsen Robotics AS" is "Halvorsen Robotics" too.
        if kind == EntityType::Organization {
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() >= 3 && crate::names::is_company_form(words[words.len() - 1]) {
                let short = fold(&words[..words.len() - 1].join(" "));
                if !self.by_name.contains_key(&short) {
                    self.by_name.insert(short, i);
                }
            }
        }
        self.name(key, i);
        i
    }

    /// From now on `name` names `entity` ("also known as").
    pub fn alias(&mut self, name: &str, entity: usize) {
        self.name(fold(name), entity);
        if !self.entities[entity].aliases.iter().any(|a| a == name) {
            self.entity_mut(entity).aliases.push(name.to_string());
        }
    }

    /// The entity a name (as written) names, if any.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.by_name.get(&fold(name)).copied()
    }

    /// The entity of a name already folded (a slice of folded text).
    pub fn lookup_folded(&self, key: &str) -> Option<usize> {
        self.by_name.get(key).copied()
    }

    /// Records a name of entity `i`.
    fn name(&mut self, key: String, i: usize) {
        if self.entities[i].kind != EntityType::Place {
            self.others.push((key.clone(), i));
        }
        self.by_name.insert(key, i);
    }

    /// The entity of that kind named with the same words in another order: "Regional Bureau for
    /// Asia and Pacific" and "Asia Pacific Regional Bureau", "Sokha Chea" and "Chea Sokha".
    fn same_words(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind == EntityType::Place {
            return None;
        }
        let words = own_words(key, &|w| self.names_organization(w));
        if words.len() < 2 {
            return None;
        }
        let known = self
            .base_signatures
            .get(&words)
            .and_then(|ids| ids.iter().copied().find(|&i| self.entities[i].kind == kind));
        known.or_else(|| {
            self.others.iter().find_map(|(name, i)| {
                (self.entities[*i].kind == kind
                    && own_words(name, &|w| self.names_organization(w)) == words)
                    .then_some(*i)
            })
        })
    }

    /// Whether a (folded) word alone names an organisation ("unido").
    fn names_organization(&self, word: &str) -> bool {
        self.by_name
            .get(word)
            .is_some_and(|&i| self.entities[i].kind == EntityType::Organization)
    }

    /// The one entity of that kind whose longer name begins with these words: "the Global
    /// Alliance" for the "Global Alliance on AI for Industry and Manufacturing".
    /// The one entity of this article whose Chinese name abbreviates `key` or is abbreviated by
    /// it: the shorter keeps the longer's first characters, its order and a head of three
    /// characters or more ("金砖创新基地", "金砖国家新工业革命伙伴关系创新基地").
    fn chinese_abbreviation(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind == EntityType::Place
            || kind == EntityType::Person
            || !key.chars().all(crate::reader::is_cjk)
        {
            return None;
        }
        let found = self.other_names().filter(|(name, i)| {
            self.entities[*i].kind == kind
                && self.in_article.contains(i)
                && name.chars().all(crate::reader::is_cjk)
                && (chinese_short_form(name, key) || chinese_short_form(key, name))
        });
        only_one(found.map(|(_, i)| *i))
    }

    /// The one organisation named like `key` but for the noun its name ends with, where both are
    /// words for an office: "上海投资促进中心" and "上海投资促进办公室" (a stem of four characters
    /// at least).
    fn office_or_centre(&self, key: &str, kind: EntityType) -> Option<usize> {
        const OFFICE_HEADS: &[&str] = &["办公室", "办事处", "中心"];
        if kind != EntityType::Organization {
            return None;
        }
        let (stem, head) = OFFICE_HEADS
            .iter()
            .find_map(|h| key.strip_suffix(h).map(|s| (s, *h)))?;
        if stem.chars().count() < 4 || !stem.chars().all(crate::reader::is_cjk) {
            return None;
        }
        let found = OFFICE_HEADS
            .iter()
            .filter(|h| **h != head)
            .filter_map(|h| self.by_name.get(&format!("{stem}{h}")).copied())
            .filter(|&i| self.entities[i].kind == EntityType::Organization);
        only_one(found)
    }

    /// Whether `key` and one of entity `i`'s names are a Chinese name and its abbreviation.
    fn abbreviates(&self, key: &str, i: usize) -> bool {
        let e = &self.entities[i];
        e.zh.iter()
            .chain(&e.aliases)
            .map(|n| fold(n))
            .any(|n| chinese_short_form(&n, key) || chinese_short_form(key, &n))
    }

    fn shortened(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind == EntityType::Place {
            return None;
        }
        if key.split(' ').count() < 2 || !key.is_ascii() || kind == EntityType::Person {
            return None;
        }
        // Many countries have a "Ministry of Trade and Industry": one "of Rwanda" is the one
        // named bare in the same article, not in another.
        let government = ["ministry of ", "department of "]
            .iter()
            .any(|h| key.starts_with(h));
        // The name's head comes before its first qualifier: "global alliance" of "global alliance
        // on ai …"; of several such names, the shortest (a unit's name repeats its parent's).
        let prefix = format!("{key} ");
        let qualified = |name: &str| {
            let rest = &name[prefix.len()..];
            ["on ", "of ", "for "].iter().any(|q| rest.starts_with(q))
        };
        let mut found: Vec<(usize, usize)> = self
            .other_names()
            .filter(|(name, i)| {
                self.entities[*i].kind == kind
                    && name.starts_with(&prefix)
                    && qualified(name)
                    && (!government || self.in_article.contains(i))
            })
            .map(|(name, i)| (name.len(), *i))
            .collect();
        found.sort();
        match found.as_slice() {
            [] => None,
            [(_, i)] => Some(*i),
            [(a, i), (b, j), ..] => (a < b || i == j).then_some(*i),
        }
    }

    /// The one entity of that kind whose longer name ends with these words: "Centre of
    /// Excellence" for the "AIM Global Centre of Excellence", "Matchmaking Forum" for the
    /// "China-Africa Industrial AI Matchmaking Forum".
    fn tail(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind == EntityType::Place {
            return None;
        }
        // "贵州工作站" and "联合国工发组织北京投资促进办公室贵州工作站", either way round: a Chinese
        // name of five characters or more that ends a longer one.
        if kind == EntityType::Organization && key.chars().all(crate::reader::is_cjk) {
            let ends = |long: &str, short: &str| {
                long.len() > short.len() && short.chars().count() >= 5 && long.ends_with(short)
            };
            let found = self
                .other_names()
                .filter(|(name, i)| {
                    self.entities[*i].kind == kind && (ends(name, key) || ends(key, name))
                })
                .map(|(_, i)| *i);
            return only_one(found);
        }
        if key.split(' ').count() < 2 || !key.is_ascii() {
            return None;
        }
        // Either way round: a headline's "Industrial AI Week 2025" is the body's "Asia-Pacific
        // Industrial AI Week 2025" (three words at least when the known name is the shorter).
        let suffix = format!(" {key}");
        let found = self
            .other_names()
            .filter(|(name, i)| {
                self.entities[*i].kind == kind
                    && (name.ends_with(&suffix)
                        || (key.len() > name.len()
                            && key.ends_with(name.as_str())
                            && key.as_bytes()[key.len() - name.len() - 1] == b' '
                            && name.split(' ').count() >= 3))
            })
            .map(|(_, i)| *i);
        only_one(found)
    }

    /// The one organisation written with the initials of this one's words, or whose words these
    /// initials stand for: "ITPO Tokyo" and the "Investment and Technology Promotion Office in
    /// Tokyo".
    fn initialism(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind != EntityType::Organization || !key.is_ascii() {
            return None;
        }
        let own = initials_form(key);
        let found = self
            .other_names()
            .filter(|(name, i)| {
                if self.entities[*i].kind != kind || !name.is_ascii() || name == key {
                    return false;
                }
                // One of the two written out ("… in Tokyo"), the two alike once shortened.
                let theirs = initials_form(name);
                theirs == own && (own != key || theirs != *name)
            })
            .map(|(_, i)| *i);
        only_one(found)
    }

    /// The one Chinese-named organisation whose name is this one with its seat before it, or
    /// this one's without: "深圳市为能智联科技有限公司" and "为能智联科技有限公司".
    fn seated(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind != EntityType::Organization
            || key.chars().count() < 4
            || !key.chars().all(crate::reader::is_cjk)
        {
            return None;
        }
        let place = |prefix: &str| {
            !prefix.is_empty()
                && self
                    .by_name
                    .get(prefix)
                    .is_some_and(|&p| self.entities[p].kind == EntityType::Place)
        };
        let found = self
            .other_names()
            .filter(|(name, i)| {
                self.entities[*i].kind == kind
                    && name.chars().count() >= 4
                    && (name.strip_suffix(key).is_some_and(&place)
                        || key.strip_suffix(name.as_str()).is_some_and(&place))
            })
            .map(|(_, i)| *i);
        only_one(found)
    }

    /// "联合国工业发展组织驻华代表处": a body's office stationed (驻) in a place is the one
    /// organisation named in English "<the body> … Office in <the place>" ("UNIDO Regional Office
    /// in China").
    fn stationed(&self, key: &str, kind: EntityType) -> Option<usize> {
        if kind != EntityType::Organization {
            return None;
        }
        let (parent, rest) = key.split_once('驻')?;
        let office = ["代表处", "办事处", "办公室", "代表团"]
            .into_iter()
            .find(|o| rest.ends_with(o))?;
        let seat = &rest[..rest.len() - office.len()];
        let seat = if seat == "华" { "中国" } else { seat };
        let place = self
            .by_name
            .get(seat)
            .copied()
            .filter(|&p| self.entities[p].kind == EntityType::Place)?;
        let parent = self
            .by_name
            .get(parent)
            .copied()
            .filter(|&p| self.entities[p].kind == EntityType::Organization)?;
        let latin = |e: &KnownEntity| -> Vec<String> {
            e.en.iter()
                .chain(&e.aliases)
                .filter(|n| n.is_ascii())
                .map(|n| fold(n))
                .collect()
        };
        let parent_names = latin(&self.entities[parent]);
        let in_place = format!(" in {}", fold(self.entities[place].en.as_deref()?));
        let found = self.entities.iter().enumerate().filter_map(|(i, e)| {
            let fits = e.kind == EntityType::Organization
                && latin(e).iter().any(|n| {
                    n.ends_with(&in_place)
                        && parent_names.iter().any(|p| n.starts_with(&format!("{p} ")))
                });
            fits.then_some(i)
        });
        only_one(found)
    }

    /// The one Chinese-named document, programme or event whose name holds this one, or is held
    /// in it, less 的 and 关于: "人工智能赋能新型工业化合作谅解备忘录" is the "…关于人工智能赋能新型
    /// 工业化合作的谅解备忘录", "金砖国家新工业革命伙伴关系论坛" the "2025年金砖国家…论坛".
    fn contained(&self, key: &str, kind: EntityType) -> Option<usize> {
        if !matches!(
            kind,
            EntityType::Agreement | EntityType::Initiative | EntityType::Event
        ) {
            return None;
        }
        let core = |name: &str| name.replace("关于", "").replace('的', "");
        let own = core(key);
        if own.chars().count() < 4 || !own.chars().all(crate::reader::is_cjk) {
            return None;
        }
        // Eight characters held anywhere in the other name; four at its end ("研修计划" of
        // "工业人工智能研修计划").
        let long = own.chars().count() >= 8;
        let found = self
            .other_names()
            // Same kind, with Chinese in it (an ASCII name neither holds nor is held in `own`).
            .filter(|(name, i)| self.entities[*i].kind == kind && !name.is_ascii())
            .filter(|(name, _)| {
                let other = core(name);
                if long {
                    other.chars().count() >= 8 && (other.contains(&own) || own.contains(&other))
                } else {
                    other.len() > own.len() && other.ends_with(&own)
                }
            })
            .map(|(_, i)| *i);
        only_one(found)
    }

    /// A unit named with its parent's name ("联合国工发组织上海投资促进中心") and without it
    /// ("上海投资促进中心"): both name one entity, whichever was seen first.
    pub fn intern_unit(&mut self, full: &str, own: &str, kind: EntityType, lang: Lang) -> usize {
        let (full_key, own_key) = (fold(full), fold(own));
        let known = self
            .by_name
            .get(&full_key)
            .or_else(|| self.by_name.get(&own_key))
            .copied()
            // "联合国工业发展组织上海投资促进中心": its own name is another office's ("上海投资促进办公室").
            .or_else(|| self.office_or_centre(&own_key, kind));
        let i = known.unwrap_or_else(|| self.intern(full, kind, lang));
        for (key, name) in [(full_key, full), (own_key, own)] {
            if !self.by_name.contains_key(&key) {
                self.name(key, i);
                self.entity_mut(i).aliases.push(name.to_string());
            }
        }
        i
    }

    /// Gives entity `to` the Chinese name and aliases of entity `from` (the same referent).
    pub fn merge_names(&mut self, from: usize, to: usize) {
        let (zh, aliases) = (
            self.entities[from].zh.clone(),
            self.entities[from].aliases.clone(),
        );
        let target = self.entity_mut(to);
        if target.zh.is_none() {
            target.zh = zh;
        }
        for a in aliases {
            if !target.aliases.contains(&a) {
                target.aliases.push(a);
            }
        }
    }

    /// Records "Full Name (ABBR)": ABBR now names the entity.
    pub fn define_abbreviation(&mut self, abbreviation: &str, entity: usize) {
        let key = fold(abbreviation);
        if self.by_name.contains_key(&key) {
            return;
        }
        self.abbreviations
            .insert(abbreviation.to_ascii_lowercase(), entity);
        self.name(key, entity);
        if !self.entities[entity]
            .aliases
            .iter()
            .any(|a| a == abbreviation)
        {
            self.entity_mut(entity)
                .aliases
                .push(abbreviation.to_string());
        }
    }

    /// Entity `unit`'s Chinese name is `full` (its old one stays an alias), a unit of `parent`:
    /// "联盟指导委员会" is "全球工业人工智能联盟指导委员会".
    pub fn rename_unit_zh(&mut self, unit: usize, full: &str, parent: usize) {
        let key = fold(full);
        if self.by_name.get(&key).is_some_and(|&i| i != unit) {
            return;
        }
        let old = self.entities[unit].zh.clone();
        self.name(key, unit);
        let e = self.entity_mut(unit);
        e.zh = Some(full.to_string());
        if let Some(old) = old {
            if !e.aliases.contains(&old) {
                e.aliases.push(old);
            }
        }
        self.set_parent(unit, parent);
    }

    /// Records a Chinese short name ("以下简称“为能智联”"): found wherever it occurs from now on.
    pub fn define_short_name(&mut self, short: &str, entity: usize) {
        let key = fold(short);
        if self.by_name.contains_key(&key) || self.short_names.iter().any(|(s, _)| *s == key) {
            return;
        }
        self.name(key.clone(), entity);
        self.short_names.push((key, entity));
        self.entity_mut(entity).aliases.push(short.to_string());
    }

    /// The Chinese short names defined so far (folded), with their entities.
    pub fn short_names(&self) -> &[(String, usize)] {
        &self.short_names
    }

    pub fn set_parent(&mut self, unit: usize, parent: usize) {
        if unit != parent {
            self.parents.insert(unit, parent);
        }
    }

    /// The organisation a unit belongs to: named after it ("UNIDO Regional Hub"), or named as
    /// "<unit> of <organisation>" ("Office of International Affairs of Nankai University").
    pub fn parent(&self, unit: usize) -> Option<usize> {
        if let Some(&p) = self.parents.get(&unit) {
            return Some(p);
        }
        let e = &self.entities[unit];
        if e.kind != EntityType::Organization {
            return None;
        }
        let en = e.en.as_deref()?;
        // The first word first: most names do not begin with a unit's word.
        let first = en.split(' ').next()?;
        let unit_word = if first.is_ascii() {
            UNIT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(first))
        } else {
            UNIT_WORDS.contains(&fold(first).as_str())
        };
        if !unit_word {
            return None;
        }
        let name = fold(en);
        name.match_indices(" of ").find_map(|(at, _)| {
            let rest = &name[at + 4..];
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            self.by_name
                .get(rest)
                .copied()
                .filter(|&p| p != unit && self.entities[p].kind == EntityType::Organization)
        })
    }

    /// The whole body a unit belongs to: its parent's parent, and so on (a few steps at most).
    pub fn root(&self, unit: usize) -> usize {
        let mut body = unit;
        for _ in 0..8 {
            match self.parent(body) {
                Some(parent) => body = parent,
                None => break,
            }
        }
        body
    }

    /// The entity whose English name starts with `prefix` (folded), if exactly one does
    /// ("Ministry of Industry" for "Minister of Industry").
    pub fn by_name_prefix(&self, prefix: &str) -> Option<usize> {
        let prefix = fold(prefix);
        let mut found = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind != EntityType::Place
                && e.en
                    .as_deref()
                    .is_some_and(|n| fold(n).starts_with(&prefix))
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The entity an abbreviation (as written, e.g. "ADB") stands for, if one was defined.
    pub fn abbreviation(&self, word: &str) -> Option<usize> {
        if self.abbreviations.is_empty()
            || !word.is_ascii()
            || !word.bytes().any(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        self.abbreviations.get(&word.to_ascii_lowercase()).copied()
    }
}

/// Whether `short` abbreviates `long`: the same first two characters, the same last three or
/// more, and its other characters in the longer name in order; the longer has three characters
/// more at least.
fn chinese_short_form(short: &str, long: &str) -> bool {
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if s.len() < 5 || l.len() < s.len() + 3 || s[..2] != l[..2] {
        return false;
    }
    let shared_end = s
        .iter()
        .rev()
        .zip(l.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    if shared_end < 3 || shared_end + 2 > s.len() {
        return false;
    }
    let mut rest = l[2..l.len() - shared_end].iter();
    s[2..s.len() - shared_end]
        .iter()
        .all(|c| rest.any(|x| x == c))
}

/// The nouns a definite description may use for an entity: the last word of its longer English
/// names ("the laboratory") and their head, the last head noun in them ("the memorandum").
/// The entity every item names, if there is at least one and only one.
fn only_one(mut found: impl Iterator<Item = usize>) -> Option<usize> {
    let first = found.next()?;
    found.all(|i| i == first).then_some(first)
}

/// A folded name "<words> in <place>" as the initials of its words and the place ("investment
/// and technology promotion office in tokyo" → "itpo tokyo"); any other name as it is.
fn initials_form(key: &str) -> String {
    let Some((words, place)) = key.split_once(" in ") else {
        return key.to_string();
    };
    let initials: String = words
        .split(' ')
        .filter(|w| !matches!(*w, "and" | "of" | "for" | "the" | "on" | "&"))
        .filter_map(|w| w.chars().next())
        .collect();
    if initials.len() < 3 || place.is_empty() {
        return key.to_string();
    }
    format!("{initials} {place}")
}

fn head_nouns(entity: &KnownEntity) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in entity
        .en
        .iter()
        .chain(&entity.aliases)
        .filter(|name| name.split_whitespace().count() >= 2)
    {
        let folded = fold(name);
        let words: Vec<&str> = folded.split(' ').collect();
        let last = words.last().copied().unwrap_or("");
        let long_enough =
            words.len() >= 3 && last.len() >= 5 && last.chars().all(char::is_alphabetic);
        // The name's own head is its last head noun: "alliance" in a unit's name that begins
        // with its parent's ("Global Alliance on … Centre of Excellence") is the parent's.
        // Of several, the last of the entity's own kind: "centre" in "Meridian Centre for
        // Industrial Strategy".
        let head = words
            .iter()
            .rev()
            .find(|w| crate::names::head_noun_kind(w) == Some(entity.kind))
            .or_else(|| words.iter().rev().find(|w| crate::names::is_head_noun(w)));
        let last_word = (long_enough).then_some(&last);
        for w in head.into_iter().chain(last_word) {
            if !out.iter().any(|o| o == w) {
                out.push(w.to_string());
            }
        }
        // "Perak Robotics Sdn. Bhd." is "the company".
        let company = name
            .split_whitespace()
            .last()
            .is_some_and(crate::names::is_company_form);
        if company && entity.kind == EntityType::Organization && !out.iter().any(|o| o == "company")
        {
            out.push("company".to_string());
        }
    }
    out
}

/// First words of the names of units inside a larger organisation.
const UNIT_WORDS: &[&str] = &[
    "office",
    "department",
    "division",
    "directorate",
    "bureau",
    "school",
    "college",
    "faculty",
    "secretariat",
    "unit",
    "branch",
    "institute",
    "centre",
    "center",
    "laboratory",
];

/// A name's meaningful words, less those that alone name an organisation: a parent's one-word
/// name ("UNIDO …") does not tell its units apart.
fn own_words(name: &str, organization: &dyn Fn(&str) -> bool) -> Vec<String> {
    content_words(name)
        .into_iter()
        .filter(|w| !organization(w))
        .collect()
}

/// The words of a folded name that carry meaning, sorted: glue words and plural "s" left out.
fn content_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty() && !matches!(*w, "of" | "for" | "and" | "the" | "in" | "on" | "to" | "de")
        })
        .map(|w| w.trim_end_matches('s').to_string())
        .collect();
    words.sort();
    words
}

/// An id from a name: lower-case ASCII words joined by hyphens; CJK characters are kept.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() || crate::reader::is_cjk(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "entity".into()
    } else {
        out
    }
}
