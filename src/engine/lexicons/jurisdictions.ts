/**
 * Places an entity is organised in, as preambles name them before its legal form ("a Delaware
 * corporation", "and Delaware corporation having …"): a place, never a party.
 */
const US_STATES = [
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois',
  'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri',
  'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma',
  'Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington',
  'West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico',
].join('|');

const OTHER_PLACES = [
  'Ontario|Quebec|British Columbia|Alberta|Canada|Cayman Islands|British Virgin Islands|Bermuda',
  'England(?: and Wales)?|Scotland|Ireland|Israel|Singapore|Hong Kong|Luxembourg|the Netherlands|Switzerland',
].join('|');

/** A whole name that is one of these places. */
export const JURISDICTION = new RegExp(`^(?:${US_STATES}|${OTHER_PLACES})$`, 'i');
