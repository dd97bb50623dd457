// The start: each role's first screen.
import { isAdmin, isStaff } from '../layout.js';

export default async function home({ session }) {
  location.replace(isStaff(session) || !isAdmin(session) ? '/inspections' : '/admin/frameworks');
  return 'leaving';
}
