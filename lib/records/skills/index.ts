/** Catalogue skills, tools and certifications an article names, and the skill and certification records built from them. */
export { buildCertifications, extractCertificationMentions, type CertificationMention } from './extract-certifications';
export { buildSkills, extractSkillMentions, type SkillMention } from './extract-skills';
