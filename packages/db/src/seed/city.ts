/**
 * The demo city: Oakland, Berkeley, Emeryville and Alameda (California). Coordinates are
 * neighbourhood centres; the seed scatters homes a few hundred metres around them.
 * Phone numbers use the 555-01xx range reserved for fiction.
 */
import type { ChefDocumentKind, ChefVerificationStatus } from '../schema/chefs.ts';
import type { VehicleType } from '../schema/drivers.ts';
import type { CuisineKey } from './dishes.ts';

export const DEMO_TIMEZONE = 'America/Los_Angeles';
export const DEMO_ADMIN_EMAIL = 'admin@homechef.local';
export const DEMO_PASSWORD = 'password123';

export interface Neighbourhood {
  name: string;
  city: string;
  street: string;
  postalCode: string;
  lat: number;
  lng: number;
}

export const NEIGHBOURHOODS = [
  {
    name: 'Temescal',
    city: 'Oakland',
    street: 'Telegraph Ave',
    postalCode: '94609',
    lat: 37.8338,
    lng: -122.2637,
  },
  {
    name: 'Rockridge',
    city: 'Oakland',
    street: 'College Ave',
    postalCode: '94618',
    lat: 37.8443,
    lng: -122.2515,
  },
  {
    name: 'Fruitvale',
    city: 'Oakland',
    street: 'Fruitvale Ave',
    postalCode: '94601',
    lat: 37.7749,
    lng: -122.2241,
  },
  {
    name: 'Grand Lake',
    city: 'Oakland',
    street: 'Grand Ave',
    postalCode: '94610',
    lat: 37.8113,
    lng: -122.2479,
  },
  {
    name: 'Jack London Square',
    city: 'Oakland',
    street: '2nd St',
    postalCode: '94607',
    lat: 37.7955,
    lng: -122.2776,
  },
  {
    name: 'West Oakland',
    city: 'Oakland',
    street: 'Adeline St',
    postalCode: '94607',
    lat: 37.8123,
    lng: -122.295,
  },
  {
    name: 'Piedmont Avenue',
    city: 'Oakland',
    street: 'Piedmont Ave',
    postalCode: '94611',
    lat: 37.8249,
    lng: -122.2558,
  },
  {
    name: 'Dimond',
    city: 'Oakland',
    street: 'MacArthur Blvd',
    postalCode: '94602',
    lat: 37.801,
    lng: -122.215,
  },
  {
    name: 'Downtown Berkeley',
    city: 'Berkeley',
    street: 'Shattuck Ave',
    postalCode: '94704',
    lat: 37.8703,
    lng: -122.2681,
  },
  {
    name: 'North Berkeley',
    city: 'Berkeley',
    street: 'Cedar St',
    postalCode: '94709',
    lat: 37.8795,
    lng: -122.269,
  },
  {
    name: 'Elmwood',
    city: 'Berkeley',
    street: 'College Ave',
    postalCode: '94705',
    lat: 37.857,
    lng: -122.253,
  },
  {
    name: 'Emeryville',
    city: 'Emeryville',
    street: 'Park Ave',
    postalCode: '94608',
    lat: 37.8313,
    lng: -122.2852,
  },
  {
    name: 'Park Street',
    city: 'Alameda',
    street: 'Park St',
    postalCode: '94501',
    lat: 37.7652,
    lng: -122.2416,
  },
  {
    name: 'Chinatown',
    city: 'Oakland',
    street: 'Webster St',
    postalCode: '94607',
    lat: 37.7997,
    lng: -122.2711,
  },
  {
    name: 'Uptown',
    city: 'Oakland',
    street: 'Broadway',
    postalCode: '94612',
    lat: 37.8104,
    lng: -122.2685,
  },
  {
    name: 'Adams Point',
    city: 'Oakland',
    street: 'Perkins St',
    postalCode: '94610',
    lat: 37.8145,
    lng: -122.255,
  },
  {
    name: 'Glenview',
    city: 'Oakland',
    street: 'Park Blvd',
    postalCode: '94602',
    lat: 37.809,
    lng: -122.218,
  },
  {
    name: 'West Berkeley',
    city: 'Berkeley',
    street: 'San Pablo Ave',
    postalCode: '94710',
    lat: 37.86,
    lng: -122.292,
  },
  {
    name: 'San Antonio',
    city: 'Oakland',
    street: 'International Blvd',
    postalCode: '94606',
    lat: 37.788,
    lng: -122.238,
  },
] as const satisfies readonly Neighbourhood[];

export type NeighbourhoodName = (typeof NEIGHBOURHOODS)[number]['name'];

/**
 * The demo city's streets: each a straight run through its neighbourhood's centre (so streets
 * of one neighbourhood cross there), numbered from `numbers[0]` to `numbers[1]` along
 * `bearing` (degrees from north), 100 numbers to a block. The seed puts homes on them and the
 * built-in geocoder finds addresses on them, with the same maths (`streets.ts`), so a seeded
 * address and a geocoded one agree. Each neighbourhood's `street` is one of its own here.
 */
export interface DemoStreet {
  name: string;
  neighbourhood: NeighbourhoodName;
  bearing: number;
  numbers: readonly [number, number];
}

export const STREETS = [
  { name: 'Telegraph Ave', neighbourhood: 'Temescal', bearing: 355, numbers: [4000, 5599] },
  { name: '51st St', neighbourhood: 'Temescal', bearing: 85, numbers: [300, 799] },
  { name: 'College Ave', neighbourhood: 'Rockridge', bearing: 20, numbers: [5200, 6399] },
  { name: 'Claremont Ave', neighbourhood: 'Rockridge', bearing: 60, numbers: [5400, 5999] },
  { name: 'Fruitvale Ave', neighbourhood: 'Fruitvale', bearing: 30, numbers: [2800, 3599] },
  { name: 'E 12th St', neighbourhood: 'Fruitvale', bearing: 125, numbers: [3000, 3499] },
  { name: 'Grand Ave', neighbourhood: 'Grand Lake', bearing: 60, numbers: [3200, 3699] },
  { name: 'Lakeshore Ave', neighbourhood: 'Grand Lake', bearing: 160, numbers: [3200, 3599] },
  { name: '2nd St', neighbourhood: 'Jack London Square', bearing: 120, numbers: [100, 699] },
  { name: 'Washington St', neighbourhood: 'Jack London Square', bearing: 30, numbers: [100, 499] },
  { name: 'Adeline St', neighbourhood: 'West Oakland', bearing: 5, numbers: [1200, 2799] },
  { name: '7th St', neighbourhood: 'West Oakland', bearing: 100, numbers: [1400, 1999] },
  { name: 'Piedmont Ave', neighbourhood: 'Piedmont Avenue', bearing: 350, numbers: [3700, 4399] },
  { name: 'Linda Ave', neighbourhood: 'Piedmont Avenue', bearing: 75, numbers: [100, 499] },
  { name: 'MacArthur Blvd', neighbourhood: 'Dimond', bearing: 110, numbers: [3900, 4399] },
  { name: 'Champion St', neighbourhood: 'Dimond', bearing: 20, numbers: [2000, 2399] },
  { name: 'Shattuck Ave', neighbourhood: 'Downtown Berkeley', bearing: 0, numbers: [2000, 2599] },
  { name: 'Center St', neighbourhood: 'Downtown Berkeley', bearing: 90, numbers: [2000, 2299] },
  { name: 'Cedar St', neighbourhood: 'North Berkeley', bearing: 95, numbers: [1300, 1899] },
  { name: 'Walnut St', neighbourhood: 'North Berkeley', bearing: 5, numbers: [1400, 1799] },
  { name: 'College Ave', neighbourhood: 'Elmwood', bearing: 10, numbers: [2400, 3099] },
  { name: 'Ashby Ave', neighbourhood: 'Elmwood', bearing: 100, numbers: [2400, 2999] },
  { name: 'Park Ave', neighbourhood: 'Emeryville', bearing: 95, numbers: [1200, 1699] },
  { name: 'Hollis St', neighbourhood: 'Emeryville', bearing: 5, numbers: [5500, 6199] },
  { name: 'Park St', neighbourhood: 'Park Street', bearing: 340, numbers: [1200, 2499] },
  { name: 'Central Ave', neighbourhood: 'Park Street', bearing: 65, numbers: [1400, 1999] },
  { name: 'Webster St', neighbourhood: 'Chinatown', bearing: 30, numbers: [200, 599] },
  { name: '9th St', neighbourhood: 'Chinatown', bearing: 120, numbers: [300, 599] },
  { name: 'Broadway', neighbourhood: 'Uptown', bearing: 355, numbers: [1600, 2599] },
  { name: 'Telegraph Ave', neighbourhood: 'Uptown', bearing: 10, numbers: [2000, 2599] },
  { name: 'Perkins St', neighbourhood: 'Adams Point', bearing: 40, numbers: [400, 699] },
  { name: 'Bellevue Ave', neighbourhood: 'Adams Point', bearing: 120, numbers: [500, 799] },
  { name: 'Park Blvd', neighbourhood: 'Glenview', bearing: 45, numbers: [4000, 4499] },
  { name: 'Wellington St', neighbourhood: 'Glenview', bearing: 135, numbers: [3800, 4199] },
  { name: 'San Pablo Ave', neighbourhood: 'West Berkeley', bearing: 0, numbers: [2000, 2999] },
  { name: 'Dwight Way', neighbourhood: 'West Berkeley', bearing: 95, numbers: [1000, 1399] },
  {
    name: 'International Blvd',
    neighbourhood: 'San Antonio',
    bearing: 120,
    numbers: [1400, 2399],
  },
  { name: '14th Ave', neighbourhood: 'San Antonio', bearing: 30, numbers: [1200, 1699] },
] as const satisfies readonly DemoStreet[];

/** Weekly opening pattern: [weekday 0=Sunday..6, opens, closes][]; closes < opens crosses midnight. */
export type HoursPattern = readonly (readonly [number, string, string])[];

const days = (from: number, to: number, opens: string, closes: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, opens, closes] as const);

export const HOURS = {
  lunchAndDinner: [...days(2, 6, '11:00', '14:00'), ...days(2, 6, '17:00', '21:00')],
  dinner: [...days(3, 6, '16:00', '21:30'), [0, '16:00', '21:00']],
  weekdays: [...days(1, 5, '11:00', '19:00'), [6, '10:00', '15:00']],
  weekends: [...days(4, 6, '12:00', '20:00'), [0, '12:00', '20:00']],
  allWeek: days(0, 6, '10:00', '22:00'),
  /** Across midnight: Wednesday–Saturday 18:00 until 01:00 the next day. */
  lateNight: [...days(3, 6, '18:00', '01:00'), [0, '17:00', '23:00']],
} as const satisfies Record<string, HoursPattern>;

export type HoursKey = keyof typeof HOURS;

export interface DemoChef {
  businessName: string;
  owner: string;
  cuisines: readonly CuisineKey[];
  neighbourhood: NeighbourhoodName;
  status: ChefVerificationStatus;
  hours: HoursKey;
  bio: string;
  isPaused?: boolean;
  rejectionReason?: string;
  /** The document whose problem caused the rejection. */
  rejectedDocument?: ChefDocumentKind;
  suspensionReason?: string;
}

export const DEMO_CHEFS: readonly DemoChef[] = [
  {
    businessName: "Abuela Rosa's Cocina",
    owner: 'Rosa Martínez',
    cuisines: ['mexican'],
    neighbourhood: 'Fruitvale',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Oaxacan family recipes: mole negro on Sundays, handmade tortillas every day.',
  },
  {
    businessName: 'Baan Noi Thai Kitchen',
    owner: 'Siriporn Chaiyasit',
    cuisines: ['thai'],
    neighbourhood: 'Temescal',
    status: 'approved',
    hours: 'allWeek',
    bio: 'Home-style Isan and Northern Thai cooking from a tiny Temescal kitchen.',
  },
  {
    businessName: 'Masala Home',
    owner: 'Priya Raman',
    cuisines: ['indian'],
    neighbourhood: 'Downtown Berkeley',
    status: 'approved',
    hours: 'dinner',
    bio: 'Punjabi curries and South Indian dosas, spice ground fresh every week.',
  },
  {
    businessName: 'Injera & Co.',
    owner: 'Selam Tesfaye',
    cuisines: ['ethiopian'],
    neighbourhood: 'Temescal',
    status: 'approved',
    hours: 'weekends',
    bio: 'Teff injera fermented for three days and stews my mother taught me in Addis.',
  },
  {
    businessName: 'Night Owl Ramen',
    owner: 'Kenji Watanabe',
    cuisines: ['japanese'],
    neighbourhood: 'Uptown',
    status: 'approved',
    hours: 'lateNight',
    bio: 'Late-night bowls for the Uptown crowd: 18-hour tonkotsu and a vegan miso.',
  },
  {
    businessName: 'Seoul Food Oakland',
    owner: 'Minji Park',
    cuisines: ['korean'],
    neighbourhood: 'Grand Lake',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Korean comfort food and house kimchi, fermented in small batches.',
  },
  {
    businessName: 'Golden Dumpling House',
    owner: 'Wei Chen',
    cuisines: ['chinese'],
    neighbourhood: 'Chinatown',
    status: 'approved',
    hours: 'allWeek',
    bio: 'Hand-pleated dumplings and Cantonese roast meats, three generations deep.',
  },
  {
    businessName: 'Pho Lan',
    owner: 'Lan Nguyen',
    cuisines: ['vietnamese'],
    neighbourhood: 'San Antonio',
    status: 'approved',
    hours: 'weekdays',
    bio: 'Beef pho simmered overnight, banh mi on bread from the bakery down the block.',
  },
  {
    businessName: 'Nonna Lucia',
    owner: 'Lucia Bianchi',
    cuisines: ['italian'],
    neighbourhood: 'Rockridge',
    status: 'approved',
    hours: 'dinner',
    bio: 'Emilian pasta rolled by hand; the lasagna takes two days and is worth it.',
  },
  {
    businessName: "Miss Pearl's Soul Kitchen",
    owner: 'Pearl Johnson',
    cuisines: ['soul_food'],
    neighbourhood: 'West Oakland',
    status: 'approved',
    hours: 'weekends',
    bio: 'Sunday-dinner cooking every day I am open. Buttermilk fried chicken and peach cobbler.',
  },
  {
    businessName: 'Cedar & Sumac',
    owner: 'Rami Haddad',
    cuisines: ['mediterranean'],
    neighbourhood: 'Elmwood',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Lebanese mezze, charcoal-grilled kofta and the silkiest hummus in Berkeley.',
  },
  {
    businessName: "Lola's Lutong Bahay",
    owner: 'Marites Santos',
    cuisines: ['filipino'],
    neighbourhood: 'Park Street',
    status: 'approved',
    hours: 'weekends',
    bio: 'Filipino home cooking from Alameda: adobo, kare-kare and ube everything.',
  },
  {
    businessName: 'Pupusería La Ceiba',
    owner: 'Ana Hernández',
    cuisines: ['salvadoran'],
    neighbourhood: 'Fruitvale',
    status: 'approved',
    hours: 'allWeek',
    bio: 'Pupusas patted to order with curtido that sits overnight.',
  },
  {
    businessName: 'Saffron House',
    owner: 'Shirin Tehrani',
    cuisines: ['persian'],
    neighbourhood: 'North Berkeley',
    status: 'approved',
    hours: 'dinner',
    bio: 'Persian stews and kabab with saffron rice and the crispiest tahdig.',
  },
  {
    businessName: 'Island Pot',
    owner: 'Andre Campbell',
    cuisines: ['caribbean'],
    neighbourhood: 'West Oakland',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Jamaican jerk over pimento wood and curry goat like in Kingston.',
  },
  {
    businessName: 'Green Table',
    owner: 'Maya Goldberg',
    cuisines: ['plant_based'],
    neighbourhood: 'Emeryville',
    status: 'approved',
    hours: 'weekdays',
    bio: 'Hearty plant-based meals that meat-eaters order twice.',
  },
  {
    businessName: 'Oaxaca en Casa',
    owner: 'Javier Ruiz',
    cuisines: ['mexican'],
    neighbourhood: 'San Antonio',
    status: 'approved',
    hours: 'weekends',
    bio: 'Tlayudas, tamales and pozole from the Central Valleys of Oaxaca.',
  },
  {
    businessName: 'Sichuan Spoon',
    owner: 'Zhang Lina',
    cuisines: ['chinese'],
    neighbourhood: 'Piedmont Avenue',
    status: 'approved',
    hours: 'dinner',
    bio: 'Numbing, fragrant Sichuan home cooking. Ask for extra chili oil.',
  },
  {
    businessName: 'Little Addis',
    owner: 'Hanna Bekele',
    cuisines: ['ethiopian'],
    neighbourhood: 'West Berkeley',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Vegan-friendly Ethiopian platters; fasting-day combos every Wednesday and Friday.',
  },
  {
    businessName: 'Bangkok Street Bites',
    owner: 'Somchai Prasert',
    cuisines: ['thai'],
    neighbourhood: 'Jack London Square',
    status: 'approved',
    hours: 'weekdays',
    isPaused: true,
    bio: 'Bangkok street food by the water. Taking a short break; back soon.',
  },
  {
    businessName: 'Chettinad Kitchen',
    owner: 'Arjun Subramanian',
    cuisines: ['indian'],
    neighbourhood: 'Adams Point',
    status: 'approved',
    hours: 'allWeek',
    bio: 'Fiery Chettinad and Tamil home cooking with stone-ground masalas.',
  },
  {
    businessName: 'Trattoria Dimond',
    owner: 'Marco Rossi',
    cuisines: ['italian'],
    neighbourhood: 'Dimond',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Roman classics: cacio e pepe, cacciatore and a tiramisu to share.',
  },
  {
    businessName: 'Kimchi Mama',
    owner: 'Lee Soo-ah',
    cuisines: ['korean'],
    neighbourhood: 'Emeryville',
    status: 'approved',
    hours: 'dinner',
    bio: 'Korean fried chicken, tteokbokki and kimchi by the jar.',
  },
  {
    businessName: 'Bayou by the Bay',
    owner: 'Darnell Brooks',
    cuisines: ['soul_food', 'caribbean'],
    neighbourhood: 'Glenview',
    status: 'approved',
    hours: 'weekends',
    bio: 'Louisiana gumbo meets island spice. Shrimp and grits on weekends.',
  },
  {
    businessName: "Sumi's Onigiri & Curry",
    owner: 'Sumi Tanaka',
    cuisines: ['japanese'],
    neighbourhood: 'Elmwood',
    status: 'approved',
    hours: 'weekdays',
    bio: 'Japanese home lunches: onigiri, katsu curry and karaage.',
  },
  {
    businessName: 'Saigon Kitchen Table',
    owner: 'Tuan Tran',
    cuisines: ['vietnamese'],
    neighbourhood: 'Downtown Berkeley',
    status: 'approved',
    hours: 'allWeek',
    bio: 'Southern Vietnamese broken rice, bun cha and strong iced coffee.',
  },
  {
    businessName: 'Plant Power Kitchen',
    owner: 'Jordan Ellis',
    cuisines: ['plant_based', 'mediterranean'],
    neighbourhood: 'Rockridge',
    status: 'approved',
    hours: 'lunchAndDinner',
    bio: 'Vegan bowls and mezze built on beans, grains and a lot of tahini.',
  },
  {
    businessName: 'Manila Nights',
    owner: 'Jun Reyes',
    cuisines: ['filipino'],
    neighbourhood: 'Grand Lake',
    status: 'approved',
    hours: 'dinner',
    bio: 'Lechon kawali, pancit and lumpia for the Lake Merritt evening crowd.',
  },
  {
    businessName: "Tía Carmen's Tamales",
    owner: 'Carmen López',
    cuisines: ['mexican'],
    neighbourhood: 'Fruitvale',
    status: 'submitted',
    hours: 'weekends',
    bio: 'Tamales by the dozen, red pork and rajas con queso.',
  },
  {
    businessName: 'Mumbai Tiffin Co.',
    owner: 'Rahul Mehta',
    cuisines: ['indian'],
    neighbourhood: 'Emeryville',
    status: 'submitted',
    hours: 'weekdays',
    bio: 'Weekday tiffin boxes inspired by Mumbai dabbawalas.',
  },
  {
    businessName: 'The Dumpling Lab',
    owner: 'Grace Huang',
    cuisines: ['chinese'],
    neighbourhood: 'Piedmont Avenue',
    status: 'submitted',
    hours: 'dinner',
    bio: 'Soup dumplings and seasonal fillings, pleated eighteen times.',
  },
  {
    businessName: 'Beirut Home Table',
    owner: 'Nadia Khoury',
    cuisines: ['mediterranean'],
    neighbourhood: 'Grand Lake',
    status: 'submitted',
    hours: 'lunchAndDinner',
    bio: 'Lebanese home cooking: kibbeh, fattoush and manakish.',
  },
  {
    businessName: 'Caribbean Sunrise',
    owner: 'Keisha Morgan',
    cuisines: ['caribbean'],
    neighbourhood: 'Jack London Square',
    status: 'submitted',
    hours: 'weekends',
    bio: 'Trini doubles and roti for weekend breakfasts.',
  },
  {
    businessName: 'Smoke Signals BBQ',
    owner: 'Dale Turner',
    cuisines: ['soul_food'],
    neighbourhood: 'West Oakland',
    status: 'rejected',
    hours: 'weekends',
    bio: 'Backyard brisket and ribs.',
    rejectionReason:
      'The kitchen permit number could not be verified with Alameda County Environmental Health. Please upload a current MEHKO permit and re-apply.',
    rejectedDocument: 'permit',
  },
  {
    businessName: 'Sweet Tooth Bakery',
    owner: 'Emily Carter',
    cuisines: ['italian'],
    neighbourhood: 'North Berkeley',
    status: 'rejected',
    hours: 'weekdays',
    bio: 'Cannoli, biscotti and celebration cakes.',
    rejectionReason:
      'The food safety certificate has expired. A current California Food Handler card or ServSafe Manager certificate is required.',
    rejectedDocument: 'food_safety_certificate',
  },
  {
    businessName: 'Tokyo Bento Box',
    owner: 'Hiro Sato',
    cuisines: ['japanese'],
    neighbourhood: 'Uptown',
    status: 'suspended',
    hours: 'weekdays',
    bio: 'Bento boxes for the downtown lunch rush.',
    suspensionReason:
      'Suspended pending review of a customer food-safety complaint and repeated late hand-offs to drivers.',
  },
];

export interface DemoPerson {
  name: string;
  neighbourhood: NeighbourhoodName;
}

export const DEMO_CUSTOMERS: readonly DemoPerson[] = [
  { name: 'Olivia Bennett', neighbourhood: 'Temescal' },
  { name: 'Marcus Lee', neighbourhood: 'Rockridge' },
  { name: 'Sofia Ramirez', neighbourhood: 'Fruitvale' },
  { name: 'Ethan Wright', neighbourhood: 'Grand Lake' },
  { name: 'Aisha Khan', neighbourhood: 'Downtown Berkeley' },
  { name: 'Daniel Kim', neighbourhood: 'Uptown' },
  { name: 'Grace Okafor', neighbourhood: 'Adams Point' },
  { name: 'Noah Fischer', neighbourhood: 'North Berkeley' },
  { name: 'Camila Torres', neighbourhood: 'San Antonio' },
  { name: 'Liam O’Connor', neighbourhood: 'Piedmont Avenue' },
  { name: 'Hana Yoshida', neighbourhood: 'Elmwood' },
  { name: 'Jamal Washington', neighbourhood: 'West Oakland' },
  { name: 'Chloe Dubois', neighbourhood: 'Emeryville' },
  { name: 'Mateo Silva', neighbourhood: 'Jack London Square' },
  { name: 'Priya Shah', neighbourhood: 'Park Street' },
  { name: 'Ben Goldstein', neighbourhood: 'Dimond' },
  { name: 'Fatima Al-Sayed', neighbourhood: 'Glenview' },
  { name: 'Ryan Murphy', neighbourhood: 'West Berkeley' },
  { name: 'Mei Lin', neighbourhood: 'Chinatown' },
  { name: 'Tyler Nguyen', neighbourhood: 'Temescal' },
];

export interface DemoDriver extends DemoPerson {
  vehicle: VehicleType;
  online: boolean;
  payoutsReady: boolean;
  /** Applied and waiting in the admins' queue (everyone else was approved long ago). */
  waiting?: true;
}

export const DEMO_DRIVERS: readonly DemoDriver[] = [
  {
    name: 'Carlos Mendoza',
    neighbourhood: 'Fruitvale',
    vehicle: 'car',
    online: true,
    payoutsReady: true,
  },
  {
    name: 'Jasmine Brown',
    neighbourhood: 'Uptown',
    vehicle: 'bicycle',
    online: true,
    payoutsReady: true,
  },
  {
    name: 'Kevin Tran',
    neighbourhood: 'Downtown Berkeley',
    vehicle: 'scooter',
    online: true,
    payoutsReady: true,
  },
  {
    name: 'Amara Diallo',
    neighbourhood: 'Temescal',
    vehicle: 'car',
    online: true,
    payoutsReady: true,
  },
  {
    name: 'Luis Ortega',
    neighbourhood: 'Jack London Square',
    vehicle: 'motorcycle',
    online: true,
    payoutsReady: true,
  },
  {
    name: 'Sarah Cohen',
    neighbourhood: 'Rockridge',
    vehicle: 'bicycle',
    online: true,
    payoutsReady: true,
  },
  {
    name: 'DeShawn Harris',
    neighbourhood: 'West Oakland',
    vehicle: 'car',
    online: false,
    payoutsReady: true,
  },
  {
    name: 'Nina Petrova',
    neighbourhood: 'Elmwood',
    vehicle: 'scooter',
    online: false,
    payoutsReady: true,
  },
  {
    name: 'Omar Farouk',
    neighbourhood: 'Emeryville',
    vehicle: 'car',
    online: false,
    payoutsReady: true,
  },
  {
    name: 'Emily Zhang',
    neighbourhood: 'Grand Lake',
    vehicle: 'bicycle',
    online: false,
    payoutsReady: true,
  },
  {
    name: 'Tomás Rivera',
    neighbourhood: 'San Antonio',
    vehicle: 'motorcycle',
    online: false,
    payoutsReady: false,
  },
  {
    name: 'Hannah Schmidt',
    neighbourhood: 'North Berkeley',
    vehicle: 'scooter',
    online: false,
    payoutsReady: false,
  },
  // New applicants: the driver queue is not empty on first start.
  {
    name: 'Priya Raman',
    neighbourhood: 'Temescal',
    vehicle: 'car',
    online: false,
    payoutsReady: true,
    waiting: true,
  },
  {
    name: 'Marcus Webb',
    neighbourhood: 'Fruitvale',
    vehicle: 'bicycle',
    online: false,
    payoutsReady: false,
    waiting: true,
  },
  {
    name: 'Sofia Marino',
    neighbourhood: 'Grand Lake',
    vehicle: 'scooter',
    online: false,
    payoutsReady: false,
    waiting: true,
  },
];
