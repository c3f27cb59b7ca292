import type { Role } from '@homechef/ui';

export interface AppInfo {
  role: Role;
  /** Header brand, e.g. "HomeChef Kitchen" (the first word is the brand). */
  name: string;
  /** Default document title. */
  title: string;
  description: string;
  themeColor: string;
  /** How the app is referred to in a sentence: "the kitchen app". */
  kind: string;
  /** Who it is for, completing "This is the kitchen app …": "for chefs". */
  audience: string;
  /** The role with its article: "a chef". */
  roleNoun: string;
  /** Whether people may create their own account here (admins are created by command). */
  selfSignUp: boolean;
  /** Footer line; the driver PWA has none (screen space on a phone). */
  footer?: string;
  notFound: { description: string; back: string };
  /** Shown beside the sign-in and sign-up forms on wide screens. */
  pitch: { headline: string; lead: string; points: string[] };
  signIn: { title: string; description: string };
  signUp: { title: string; description: string };
}

/** What each of the four apps calls itself; one table so the apps cannot drift apart. */
export const APPS: Record<Role, AppInfo> = {
  customer: {
    role: 'customer',
    name: 'HomeChef',
    title: 'HomeChef · Home-cooked meals near you',
    description: 'Order home-cooked meals from verified kitchens in your neighbourhood.',
    themeColor: '#c03c12',
    kind: 'the HomeChef app',
    audience: 'for ordering meals',
    roleNoun: 'a customer',
    selfSignUp: true,
    footer: '© HomeChef · Home-cooked food from your neighbours, delivered.',
    notFound: {
      description: 'The page you’re looking for doesn’t exist or has moved.',
      back: 'Back to home',
    },
    pitch: {
      headline: 'Home-cooked meals from kitchens near you',
      lead: 'Real food from verified home chefs, cooked to order and delivered warm to your door.',
      points: [
        'Verified home chefs, food-safety documents checked',
        'Cooked to order, never reheated from a warehouse',
        'Follow your order live from the kitchen to your door',
      ],
    },
    signIn: {
      title: 'Welcome back',
      description: 'Sign in to order from home kitchens near you.',
    },
    signUp: {
      title: 'Create your account',
      description: 'Order home-cooked meals from verified kitchens in your neighbourhood.',
    },
  },
  chef: {
    role: 'chef',
    name: 'HomeChef Kitchen',
    title: 'HomeChef Kitchen',
    description: 'Run your home kitchen on HomeChef: orders, menu and payouts.',
    themeColor: '#047857',
    kind: 'the kitchen app',
    audience: 'for chefs',
    roleNoun: 'a chef',
    selfSignUp: true,
    footer: '© HomeChef · Questions about your kitchen? Contact chef support.',
    notFound: {
      description: 'This page doesn’t exist in your kitchen dashboard.',
      back: 'Back to your kitchen',
    },
    pitch: {
      headline: 'Turn your home kitchen into a business',
      lead: 'Cook what you love for people nearby. HomeChef handles payments, delivery and the paperwork.',
      points: [
        'Publish your menu and set your own prices',
        'Accept orders live, cook on your schedule',
        'Weekly payouts straight to your bank account',
      ],
    },
    signIn: {
      title: 'Sign in to your kitchen',
      description: 'Orders, menu and payouts for your home kitchen.',
    },
    signUp: {
      title: 'Start cooking on HomeChef',
      description: 'Create your chef account, then tell us about your kitchen.',
    },
  },
  driver: {
    role: 'driver',
    name: 'HomeChef Driver',
    title: 'HomeChef Driver',
    description: 'Deliver home-cooked meals with HomeChef.',
    themeColor: '#1d4ed8',
    kind: 'the driver app',
    audience: 'for drivers',
    roleNoun: 'a driver',
    selfSignUp: true,
    notFound: {
      description: 'This page doesn’t exist in the driver app.',
      back: 'Back to home',
    },
    pitch: {
      headline: 'Deliver home-cooked meals, on your hours',
      lead: 'Pick up from home kitchens and bring dinner to their neighbours.',
      points: [
        'Go online whenever it suits you',
        'Offers from kitchens near you, with the payout shown up front',
        'Keep every tip, paid out with your earnings',
      ],
    },
    signIn: {
      title: 'Sign in to drive',
      description: 'Go online and receive delivery offers near you.',
    },
    signUp: {
      title: 'Become a HomeChef driver',
      description: 'Create your driver account to start receiving delivery offers.',
    },
  },
  admin: {
    role: 'admin',
    name: 'HomeChef Admin',
    title: 'HomeChef Admin',
    description: 'HomeChef operations: chef verification, users and audit log.',
    themeColor: '#6d28d9',
    kind: 'the admin console',
    audience: 'for HomeChef staff',
    roleNoun: 'an admin',
    selfSignUp: false,
    footer: 'HomeChef operations console · Every admin action is recorded.',
    notFound: {
      description: 'This page doesn’t exist in the admin console.',
      back: 'Back to the queue',
    },
    pitch: {
      headline: 'HomeChef operations',
      lead: 'Keep the marketplace safe and fair for customers, chefs and drivers.',
      points: [
        'Verify chefs and their food-safety documents',
        'Suspend accounts that break the rules',
        'Every action is recorded in the audit log',
      ],
    },
    signIn: {
      title: 'Operations sign-in',
      description: 'For HomeChef staff only. Every action is recorded.',
    },
    signUp: { title: '', description: '' },
  },
};
